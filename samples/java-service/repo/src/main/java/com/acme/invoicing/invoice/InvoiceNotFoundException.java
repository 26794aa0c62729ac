package com.acme.invoicing.invoice;

import java.util.UUID;

public class InvoiceNotFoundException extends RuntimeException {

    public InvoiceNotFoundException(UUID id) {
        super("No invoice with id " + id);
    }
}
