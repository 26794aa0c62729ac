package com.acme.invoicing.invoice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence port for invoices. The service depends on this, not on JDBC. */
public interface InvoiceStore {

    Optional<Invoice> findById(UUID id);

    List<Invoice> findByCustomer(UUID customerId);

    void updateStatus(UUID id, InvoiceStatus status);
}
