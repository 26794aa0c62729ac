package com.acme.invoicing.api;

import java.net.URI;

import com.acme.invoicing.invoice.InvoiceNotFoundException;
import com.acme.invoicing.invoice.InvoiceStateException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps domain exceptions to RFC 9457 problem details. Every error the API returns goes through here,
 * so clients can rely on one error shape.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    @ExceptionHandler(InvoiceNotFoundException.class)
    ProblemDetail notFound(InvoiceNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "invoice-not-found", "Invoice not found", e.getMessage());
    }

    @ExceptionHandler(InvoiceStateException.class)
    ProblemDetail conflict(InvoiceStateException e) {
        return problem(HttpStatus.CONFLICT, "invoice-state-conflict", "Invoice state conflict", e.getMessage());
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://errors.acme.example/invoicing/" + type));
        problem.setTitle(title);
        return problem;
    }
}
