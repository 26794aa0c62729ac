package com.acme.invoicing.api;

import java.util.List;
import java.util.UUID;

import com.acme.invoicing.invoice.InvoiceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/invoices")
class InvoiceController {

    private final InvoiceService invoices;

    InvoiceController(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/{id}")
    InvoiceResponse get(@PathVariable UUID id) {
        return InvoiceResponse.from(invoices.get(id));
    }

    @GetMapping
    List<InvoiceResponse> listForCustomer(@RequestParam UUID customerId) {
        return invoices.listForCustomer(customerId).stream().map(InvoiceResponse::from).toList();
    }

    @PostMapping("/{id}/void")
    InvoiceResponse voidInvoice(@PathVariable UUID id) {
        return InvoiceResponse.from(invoices.voidInvoice(id));
    }
}
