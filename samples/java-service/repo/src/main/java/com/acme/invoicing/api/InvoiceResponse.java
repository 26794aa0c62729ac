package com.acme.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.acme.invoicing.invoice.Invoice;

/** Public JSON shape of an invoice. Field names are part of the API contract. */
public record InvoiceResponse(
        UUID id,
        UUID customerId,
        String number,
        String currency,
        BigDecimal totalAmount,
        String status,
        LocalDate dueDate) {

    static InvoiceResponse from(Invoice invoice) {
        return new InvoiceResponse(
                invoice.id(),
                invoice.customerId(),
                invoice.number(),
                invoice.currency(),
                invoice.totalAmount(),
                invoice.status().name(),
                invoice.dueDate());
    }
}
