CREATE TABLE invoice_line (
    id          uuid          PRIMARY KEY,
    invoice_id  uuid          NOT NULL REFERENCES invoice (id),
    position    integer       NOT NULL CHECK (position > 0),
    description text          NOT NULL,
    quantity    numeric(12,3) NOT NULL CHECK (quantity > 0),
    unit_price  numeric(12,2) NOT NULL CHECK (unit_price >= 0),
    UNIQUE (invoice_id, position)
);

CREATE INDEX invoice_line_invoice_id_idx ON invoice_line (invoice_id);
