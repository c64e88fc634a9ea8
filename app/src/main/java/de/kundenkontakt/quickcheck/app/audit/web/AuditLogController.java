package de.kundenkontakt.quickcheck.app.audit.web;

import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditEvent;
import de.kundenkontakt.quickcheck.app.audit.AuditFilter;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for administrators (the workspace's security rules allow no one else), newest
 * first, {@value AuditLog#PAGE_SIZE} a page, filtered by action, person and period. Days are days
 * in Germany.
 */
@Controller
class AuditLogController {

    static final String PATH = "/arbeitsbereich/protokoll";

    private static final String FORM = "filter";

    private final AuditLog auditLog;

    AuditLogController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** One event as the table shows it; actor and address may be null. */
    record EventRow(ZonedDateTime time, String action, String actor, String subject, String address) {

        static EventRow of(AuditEvent event) {
            return new EventRow(
                    event.occurredAt().atZone(GermanTime.ZONE),
                    event.action().id(),
                    event.actor().map(a -> a.email()).orElse(null),
                    event.subject(),
                    event.clientAddress());
        }
    }

    @GetMapping(PATH)
    String showLog(@ModelAttribute(FORM) AuditFilterForm form, BindingResult result, HttpServletResponse response, Model model) {
        model.addAttribute("actions", Arrays.stream(AuditAction.values()).map(AuditAction::id).toList());
        if (form.from() != null && form.to() != null && form.to().isBefore(form.from())) {
            result.rejectValue("to", "audit.filter.range");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("events", List.of());
            return "audit/log";
        }
        AuditFilter filter = new AuditFilter(
                AuditAction.byId(form.action()).orElse(null),
                form.person(),
                startOf(form.from()),
                startOf(form.to() == null ? null : form.to().plusDays(1)),
                form.before());
        List<AuditEvent> events = auditLog.find(filter);
        model.addAttribute("events", events.stream().map(EventRow::of).toList());
        if (events.size() == AuditLog.PAGE_SIZE) {
            model.addAttribute("older", olderPage(form, events.get(events.size() - 1).id()));
        }
        return "audit/log";
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(GermanTime.ZONE).toInstant();
    }

    private static String olderPage(AuditFilterForm form, long lastId) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
        if (form.action() != null && !form.action().isEmpty()) {
            link.queryParam("action", form.action());
        }
        if (form.person() != null && !form.person().isBlank()) {
            link.queryParam("person", form.person());
        }
        if (form.from() != null) {
            link.queryParam("from", form.from());
        }
        if (form.to() != null) {
            link.queryParam("to", form.to());
        }
        return link.queryParam("before", lastId).encode().build().toUriString();
    }
}
