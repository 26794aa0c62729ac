CREATE TABLE invoice (
    id           uuid          PRIMARY KEY,
    customer_id  uuid          NOT NULL,
    number       text          NOT NULL UNIQUE,
    currency     char(3)       NOT NULL,
    total_amount numeric(12,2) NOT NULL CHECK (total_amount >= 0),
    status       text          NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'PAID', 'VOID')),
    created_at   timestamptz   NOT NULL DEFAULT now()
);

CREATE INDEX invoice_customer_id_idx ON invoice (customer_id);
