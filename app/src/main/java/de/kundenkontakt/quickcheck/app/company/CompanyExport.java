package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.api.Csv;
import de.kundenkontakt.quickcheck.app.assessment.ActionItem;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.WorkspaceAssessments;
import de.kundenkontakt.quickcheck.app.audit.AuditAction;
import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk export of every company {@code me} may see, as CSV ({@link Csv}, with a byte order mark
 * so that spreadsheet programs read UTF-8): one line per assessment, newest first within a company,
 * and one line for a company without any. Columns: company and its profile, who looks after it,
 * date, status and catalogue of the assessment, the answer to each question, each touchpoint's
 * percentage and current use, and the plan (touchpoints to take up, quick wins first). Questions
 * and touchpoints are the union of all catalogues, the default catalogue's first; a cell stays
 * empty where an assessment's catalogue lacks one. Logged.
 */
@Service
public class CompanyExport {

    private final CompanyService companies;
    private final WorkspaceAssessments assessments;
    private final Catalogs catalogs;
    private final MessageSource messages;
    private final AuditLog auditLog;

    CompanyExport(
            CompanyService companies,
            WorkspaceAssessments assessments,
            Catalogs catalogs,
            MessageSource messages,
            AuditLog auditLog) {
        this.companies = companies;
        this.assessments = assessments;
        this.catalogs = catalogs;
        this.messages = messages;
        this.auditLog = auditLog;
    }

    /** The CSV file's bytes (UTF-8 with byte order mark); never null. */
    @Transactional
    public byte[] export(SignedInAccount me, Locale locale) {
        Locale language = Texts.supported(locale);
        Map<String, Question> questions = new LinkedHashMap<>();
        Map<String, Touchpoint> touchpoints = new LinkedHashMap<>();
        List<Catalog> ordered = new ArrayList<>(List.of(catalogs.defaultCatalog()));
        catalogs.all().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        for (Catalog catalog : ordered) {
            catalog.questions().forEach(q -> questions.putIfAbsent(q.id(), q));
            catalog.touchpoints().forEach(t -> touchpoints.putIfAbsent(t.id(), t));
        }
        StringBuilder csv = new StringBuilder(Csv.BYTE_ORDER_MARK);
        Csv.line(csv, header(questions, touchpoints, language));
        List<CompanyListing> listed = companies.list(me, null, CompanySort.NAME);
        for (CompanyListing listing : listed) {
            List<Assessment> ofCompany = assessments.ofCompany(listing.company().id());
            if (ofCompany.isEmpty()) {
                Csv.line(csv, companyCells(listing, language));
            }
            for (Assessment assessment : ofCompany) {
                List<String> cells = companyCells(listing, language);
                cells.addAll(assessmentCells(assessment, questions, touchpoints, language));
                Csv.line(csv, cells);
            }
        }
        auditLog.record(AuditAction.COMPANIES_EXPORTED, me.actor(), text("company.export.subject", language, listed.size()));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<String> header(Map<String, Question> questions, Map<String, Touchpoint> touchpoints, Locale language) {
        List<String> header = new ArrayList<>();
        for (String column : List.of("company", "owner", "industry", "size", "region", "market", "date", "status",
                "catalog")) {
            header.add(text("company.export.column." + column, language));
        }
        questions.values().forEach(q -> header.add(text("company.export.column.answer", language, q.topic().in(language))));
        for (Touchpoint touchpoint : touchpoints.values()) {
            header.add(text("company.export.column.percent", language, touchpoint.name().in(language)));
            header.add(text("company.export.column.usage", language, touchpoint.name().in(language)));
        }
        header.add(text("company.export.column.plan", language));
        return header;
    }

    private List<String> companyCells(CompanyListing listing, Locale language) {
        CompanyProfile profile = listing.company().profile();
        List<String> cells = new ArrayList<>();
        cells.add(profile.companyName());
        cells.add(listing.ownerEmail());
        cells.add(profile.industry() == null ? "" : profile.industry().code() + " " + profile.industry().name().in(language));
        cells.add(profile.sizeClass() == null ? "" : text(profile.sizeClass().messageKey(), language));
        cells.add(profile.region() == null ? "" : profile.region().name().in(language));
        cells.add(profile.market() == null ? "" : text(profile.market().messageKey(), language));
        return cells;
    }

    private List<String> assessmentCells(
            Assessment assessment, Map<String, Question> questions, Map<String, Touchpoint> touchpoints, Locale language) {
        List<String> cells = new ArrayList<>();
        cells.add(DateTimeFormatter.ISO_LOCAL_DATE.format(assessment.createdAt().atZone(GermanTime.ZONE)));
        cells.add(text("company.status." + assessment.status().id(), language));
        cells.add(assessment.catalog().id());
        for (String questionId : questions.keySet()) {
            cells.add(assessment.answers().level(questionId).map(l -> l.label().in(language)).orElse(""));
        }
        for (String touchpointId : touchpoints.keySet()) {
            cells.add(assessment.evaluation()
                    .flatMap(e -> e.result(touchpointId))
                    .map(r -> "de".equals(language.getLanguage())
                            ? r.percent().display().replace('.', ',')
                            : r.percent().display())
                    .orElse(""));
            cells.add(assessment.currentState().usage(touchpointId)
                    .map(u -> text(u.messageKey(), language))
                    .orElse(""));
        }
        cells.add(assessment.actionPlan()
                .map(plan -> plan.items().stream()
                        .map(ActionItem::result)
                        .map(r -> r.touchpoint().name().in(language))
                        .collect(Collectors.joining(", ")))
                .orElse(""));
        return cells;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
