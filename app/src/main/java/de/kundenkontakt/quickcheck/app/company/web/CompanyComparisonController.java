package de.kundenkontakt.quickcheck.app.company.web;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.company.CompanyChecks;
import de.kundenkontakt.quickcheck.app.company.CompanyExport;
import de.kundenkontakt.quickcheck.app.company.CompanyNotFoundException;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Companies side by side, and the bulk export of all of them as CSV. */
@Controller
class CompanyComparisonController {

    /** The most companies one comparison shows. */
    static final int MAX_COMPARED = 10;

    private final CompanyChecks checks;
    private final CompanyExport export;
    private final Catalogs catalogs;

    CompanyComparisonController(CompanyChecks checks, CompanyExport export, Catalogs catalogs) {
        this.checks = checks;
        this.export = export;
        this.catalogs = catalogs;
    }

    @GetMapping(CompanyPages.COMPANIES + "/vergleich")
    String compare(
            @AuthenticationPrincipal SignedInAccount me,
            @RequestParam(name = "u", required = false) List<String> ids,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        List<UUID> chosen = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            try {
                chosen.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                throw new CompanyNotFoundException();
            }
        }
        List<UUID> distinct = chosen.stream().distinct().toList();
        if (distinct.size() < 2 || distinct.size() > MAX_COMPARED) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("tooFew", distinct.size() < 2);
            model.addAttribute("max", MAX_COMPARED);
            return "company/compare";
        }
        model.addAttribute("comparison", ComparisonView.of(checks.latest(me, distinct), catalogs, locale));
        return "company/compare";
    }

    @GetMapping(CompanyPages.COMPANIES + "/export.csv")
    ResponseEntity<byte[]> exportCsv(@AuthenticationPrincipal SignedInAccount me, Locale locale) {
        return csv(export.export(me, locale));
    }

    /** The CSV file as a download named after today. */
    static ResponseEntity<byte[]> csv(byte[] body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("unternehmen-" + LocalDate.now(GermanTime.ZONE) + ".csv")
                        .build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
