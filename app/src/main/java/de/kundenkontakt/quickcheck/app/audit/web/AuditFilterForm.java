package de.kundenkontakt.quickcheck.app.audit.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filter of the audit log page, from the query string.
 *
 * @param action an action id, or empty for all
 * @param person part of an e-mail address or subject, or empty
 * @param from the first day (yyyy-MM-dd), or null
 * @param to the last day, inclusive, or null
 * @param before show events older than this id (the next page), or null
 */
record AuditFilterForm(
        String action,
        String person,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Long before) {}
