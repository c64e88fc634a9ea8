package de.kundenkontakt.quickcheck.app.statistics;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assessments and client companies for the statistics' tests: a test-only bean in every test
 * context ({@code @Autowired Seeds seeds}). A company's assessment is saved and assigned to the
 * company in one transaction, as the companies feature does it.
 */
@Component
class Seeds {

    private final AssessmentService service;
    private final ProfileOptions options;
    private final Catalogs catalogs;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;

    Seeds(AssessmentService service, ProfileOptions options, Catalogs catalogs, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactions) {
        this.service = service;
        this.options = options;
        this.catalogs = catalogs;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The application's catalogues. */
    Catalogs catalogs() {
        return catalogs;
    }

    /** A new client company of {@code owner}. */
    UUID company(UUID owner) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO company (id, owner_account_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, owner, "Testfirma " + id, now, now)
                .update();
        return id;
    }

    /** A profile of these ids (null for "not given"). */
    CompanyProfile profile(String industry, String sizeClass, String region) {
        return new CompanyProfile(
                null,
                industry == null ? null : options.industry(industry).orElseThrow(),
                sizeClass == null ? null : SizeClass.byId(sizeClass).orElseThrow(),
                region == null ? null : options.region(region).orElseThrow(),
                null);
    }

    /** Every question of the catalogue answered with this level. */
    static Map<String, String> all(Catalog catalog, String level) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : catalog.questions()) {
            answers.put(question.id(), level);
        }
        return answers;
    }

    /** A complete assessment, for a company (null: made without an advisor) and with or without consent. */
    CreatedAssessment complete(UUID company, Catalog catalog, Map<String, String> answers, CompanyProfile profile,
            CurrentState state, boolean consent) {
        AssessmentInput input = new AssessmentInput(catalog.id(), answers, profile, state);
        return forCompany(company, () -> service.createComplete(input, consent));
    }

    /** A complete assessment with consent, every question answered with this level, no current state. */
    CreatedAssessment complete(UUID company, Catalog catalog, String level, CompanyProfile profile) {
        return complete(company, catalog, all(catalog, level), profile, CurrentState.EMPTY, true);
    }

    /** The assessment that {@code making} saves, assigned to the company (if not null) in the same transaction. */
    CreatedAssessment forCompany(UUID company, Supplier<CreatedAssessment> making) {
        return transaction.execute(status -> {
            CreatedAssessment created = making.get();
            if (company != null) {
                jdbc.sql("UPDATE assessment SET company_id = ? WHERE id = ?")
                        .params(company, created.assessment().id())
                        .update();
            }
            return created;
        });
    }

    /** Counts every assessment anew, from nothing, as the statistics do once at start. */
    void recount() {
        transaction.executeWithoutResult(status -> recountNow());
    }

    /** Deletes every assessment, and with them every count. */
    void deleteEveryAssessment() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM assessment").update();
            recountNow();
        });
    }

    private void recountNow() {
        new StatisticsLedger(new StatisticTables(jdbcTemplate), catalogs).rebuild();
    }
}
