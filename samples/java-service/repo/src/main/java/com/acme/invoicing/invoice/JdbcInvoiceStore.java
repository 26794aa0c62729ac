package com.acme.invoicing.invoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcInvoiceStore implements InvoiceStore {

    private static final String COLUMNS = """
            id, customer_id, number, currency, total_amount, status, due_date, created_at
            """;

    private final JdbcClient jdbc;

    JdbcInvoiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Invoice> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invoice WHERE id = :id")
                .param("id", id)
                .query(JdbcInvoiceStore::map)
                .optional();
    }

    @Override
    public List<Invoice> findByCustomer(UUID customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invoice WHERE customer_id = :customerId ORDER BY created_at DESC")
                .param("customerId", customerId)
                .query(JdbcInvoiceStore::map)
                .list();
    }

    @Override
    public void updateStatus(UUID id, InvoiceStatus status) {
        jdbc.sql("UPDATE invoice SET status = :status WHERE id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    private static Invoice map(ResultSet rs, int rowNum) throws SQLException {
        LocalDate dueDate = rs.getObject("due_date", LocalDate.class);
        Instant createdAt = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        return new Invoice(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("number"),
                rs.getString("currency"),
                rs.getBigDecimal("total_amount"),
                InvoiceStatus.valueOf(rs.getString("status")),
                dueDate,
                createdAt);
    }
}
