package com.acme.invoicing.invoice;

/** Lifecycle of an invoice. Stored as text in the {@code invoice.status} column. */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    PAID,
    VOID;

    /** Only invoices that nobody has paid yet can be voided. */
    public boolean canBeVoided() {
        return this == DRAFT || this == ISSUED;
    }
}
