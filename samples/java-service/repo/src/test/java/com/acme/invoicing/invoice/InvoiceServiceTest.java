package com.acme.invoicing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class InvoiceServiceTest {

    private final InMemoryStore store = new InMemoryStore();
    private final InvoiceService service = new InvoiceService(store);

    @Test
    void voidsAnIssuedInvoice() {
        Invoice issued = store.add(InvoiceStatus.ISSUED);

        Invoice result = service.voidInvoice(issued.id());

        assertThat(result.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(store.findById(issued.id())).get().extracting(Invoice::status).isEqualTo(InvoiceStatus.VOID);
    }

    @Test
    void refusesToVoidAPaidInvoice() {
        Invoice paid = store.add(InvoiceStatus.PAID);

        assertThatThrownBy(() -> service.voidInvoice(paid.id()))
                .isInstanceOf(InvoiceStateException.class)
                .hasMessageContaining("cannot be voided");
        assertThat(store.findById(paid.id())).get().extracting(Invoice::status).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void unknownIdIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> service.get(unknown)).isInstanceOf(InvoiceNotFoundException.class);
    }

    /** A store backed by a map, so the service can be tested without a database. */
    private static final class InMemoryStore implements InvoiceStore {

        private final Map<UUID, Invoice> invoices = new HashMap<>();
        private int nextNumber = 1;

        Invoice add(InvoiceStatus status) {
            Invoice invoice = new Invoice(UUID.randomUUID(), UUID.randomUUID(), "INV-" + nextNumber++, "EUR",
                    new BigDecimal("120.00"), status, LocalDate.of(2025, 3, 31), Instant.parse("2025-03-01T09:00:00Z"));
            invoices.put(invoice.id(), invoice);
            return invoice;
        }

        @Override
        public Optional<Invoice> findById(UUID id) {
            return Optional.ofNullable(invoices.get(id));
        }

        @Override
        public List<Invoice> findByCustomer(UUID customerId) {
            return invoices.values().stream().filter(i -> i.customerId().equals(customerId)).toList();
        }

        @Override
        public void updateStatus(UUID id, InvoiceStatus status) {
            invoices.computeIfPresent(id, (key, invoice) -> invoice.withStatus(status));
        }
    }
}
