package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mapping between an assessment and its rows for {@link Assessments}: the columns of the
 * assessment table, the profile as parameters, and the parts of the single loading query put back
 * together into assessments. Immutable and thread-safe.
 */
final class AssessmentRows {

    /** The assessment table's own columns, qualified with {@code a}, as a {@link Row} holds them. */
    static final String COLUMNS = "a.id, a.catalog_id, a.status, a.company_name, a.industry, a.size_class,"
            + " a.region, a.market, a.reassessed_from, a.created_at, a.updated_at, a.benchmark_consent";

    /** As many NULLs as {@link #COLUMNS} has columns, for the detail rows of one query. */
    static final String NO_COLUMNS = "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL";

    private final Catalogs catalogs;
    private final ProfileOptions profileOptions;

    AssessmentRows(Catalogs catalogs, ProfileOptions profileOptions) {
        this.catalogs = catalogs;
        this.profileOptions = profileOptions;
    }

    /** The assessments whose rows, answers and usages these parts are, in the order of their rows. */
    List<Assessment> assemble(List<Part> parts) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        Map<String, Map<UUID, Map<String, String>>> details = Map.of("answer", new HashMap<>(), "usage", new HashMap<>());
        for (Part part : parts) {
            if (part.row() != null) {
                rows.put(part.owner(), part.row());
            } else {
                details.get(part.kind()).computeIfAbsent(part.owner(), any -> new LinkedHashMap<>())
                        .put(part.item(), part.value());
            }
        }
        return rows.entrySet().stream()
                .map(row -> load(row.getValue(), details.get("answer").getOrDefault(row.getKey(), Map.of()),
                        details.get("usage").getOrDefault(row.getKey(), Map.of())))
                .toList();
    }

    private Assessment load(Row row, Map<String, String> answers, Map<String, String> usages) {
        Catalog catalog = catalogs.find(row.catalogId())
                .orElseThrow(() -> new IllegalStateException(
                        "assessment " + row.id() + " pins catalogue " + row.catalogId() + ", which is unknown"));
        AssessmentStatus status = AssessmentStatus.byId(row.status())
                .orElseThrow(() -> new IllegalStateException("unknown status " + row.status()));
        // Keep answers in catalogue order whatever order the database returns them in.
        Answers parsed = Answers.draft(catalog, answers);
        CompanyProfile profile = new CompanyProfile(
                row.companyName(),
                profileOptions.industry(row.industry()).orElse(null),
                row.sizeClass() == null ? null : SizeClass.byId(row.sizeClass()).orElse(null),
                profileOptions.region(row.region()).orElse(null),
                row.market() == null ? null : Market.byId(row.market()).orElse(null));
        return new Assessment(
                row.id(),
                status,
                parsed,
                profile,
                CurrentState.parse(usages).restrictedTo(catalog),
                row.createdAt(),
                row.updatedAt(),
                row.reassessedFrom(),
                row.benchmarkConsent());
    }

    /** One row of the single query: an assessment itself, one of its answers or one touchpoint's usage. */
    record Part(String kind, UUID owner, Row row, String item, String value) {}

    /** The assessment table's own columns of one assessment. */
    record Row(
            UUID id,
            String catalogId,
            String status,
            String companyName,
            String industry,
            String sizeClass,
            String region,
            String market,
            UUID reassessedFrom,
            Instant createdAt,
            Instant updatedAt,
            boolean benchmarkConsent) {}
}
