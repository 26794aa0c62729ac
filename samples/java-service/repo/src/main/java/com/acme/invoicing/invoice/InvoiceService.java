package com.acme.invoicing.invoice;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class InvoiceService {

    private static final Logger log = LoggerFactory.getLogger(InvoiceService.class);

    private final InvoiceStore store;

    public InvoiceService(InvoiceStore store) {
        this.store = store;
    }

    public Invoice get(UUID id) {
        return store.findById(id).orElseThrow(() -> new InvoiceNotFoundException(id));
    }

    public List<Invoice> listForCustomer(UUID customerId) {
        return store.findByCustomer(customerId);
    }

    @Transactional
    public Invoice voidInvoice(UUID id) {
        Invoice invoice = get(id);
        if (!invoice.status().canBeVoided()) {
            throw new InvoiceStateException("Invoice " + invoice.number() + " is " + invoice.status() + " and cannot be voided");
        }
        store.updateStatus(id, InvoiceStatus.VOID);
        log.info("Voided invoice {}", invoice.number());
        return invoice.withStatus(InvoiceStatus.VOID);
    }
}
