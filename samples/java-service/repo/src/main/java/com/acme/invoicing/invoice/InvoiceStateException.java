package com.acme.invoicing.invoice;

/** Thrown when an action is not allowed in the invoice's current status. */
public class InvoiceStateException extends RuntimeException {

    public InvoiceStateException(String message) {
        super(message);
    }
}
