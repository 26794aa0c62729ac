package com.acme.invoicing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice as stored in the {@code invoice} table.
 *
 * @param totalAmount scale 2, never negative
 * @param dueDate     null for drafts; set when the invoice is issued
 */
public record Invoice(
        UUID id,
        UUID customerId,
        String number,
        String currency,
        BigDecimal totalAmount,
        InvoiceStatus status,
        LocalDate dueDate,
        Instant createdAt) {

    public Invoice withStatus(InvoiceStatus newStatus) {
        return new Invoice(id, customerId, number, currency, totalAmount, newStatus, dueDate, createdAt);
    }
}
