package de.kundenkontakt.quickcheck.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.account.Account;
import de.kundenkontakt.quickcheck.app.account.AccountService;
import de.kundenkontakt.quickcheck.app.account.Role;
import de.kundenkontakt.quickcheck.app.account.SignedInAccount;
import de.kundenkontakt.quickcheck.app.account.Workspace;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentChanges;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentRetention;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.assessment.SizeClass;
import de.kundenkontakt.quickcheck.app.assessment.Usage;
import de.kundenkontakt.quickcheck.app.company.CompanyService;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard shows what a direct count of the assessment tables gives, for every scope and
 * filter, after seeding and after every kind of change; and the kept counts equal a recount from
 * scratch. The same on every database the application runs on (H2 and PostgreSQL subclasses).
 */
abstract class StatisticsContract {

    static final String[] INDUSTRIES = {"C", "G", "M"};
    static final String[] REGIONS = {"DE-BY", "DE-NW", "AT"};

    @Autowired
    AssessmentService service;

    @Autowired
    AccountService accounts;

    @Autowired
    Dashboard dashboard;

    @Autowired
    StatisticsUpdates updates;

    @Autowired
    Catalogs catalogs;

    @Autowired
    ProfileOptions options;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    Seeds seeds;

    @Autowired
    AssessmentRetention retention;

    @Autowired
    CompanyService companies;

    final Random random = new Random(20261130);

    /** An assessment made in this test, with what it takes to change it. */
    record Made(CreatedAssessment created, UUID company) {
        UUID id() {
            return created.assessment().id();
        }
    }

    /**
     * Starts from counts that match the shared test database: other tests delete rows behind the
     * application's back on purpose (raw SQL from a second connection, to simulate a concurrent
     * deletion), which no statistics can follow; this test checks what the application's own
     * changes do to consistent counts.
     */
    @BeforeEach
    void countsFromScratch() {
        seeds.recount();
    }

    @Test
    void dashboardEqualsDirectCountAfterSeedingChangesDeletionsAndReassignment() {
        Account a = accounts.create(Workspace.newEmail("beraterin-a"), Role.CONSULTANT, Workspace.PASSWORD, null);
        Account b = accounts.create(Workspace.newEmail("berater-b"), Role.CONSULTANT, Workspace.PASSWORD, null);
        UUID companyA1 = seeds.company(a.id());
        UUID companyA2 = seeds.company(a.id());
        UUID companyB = seeds.company(b.id());
        List<Made> made = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            UUID company = switch (i % 4) {
                case 0 -> companyA1;
                case 1 -> companyA2;
                case 2 -> companyB;
                default -> null;
            };
            made.add(make(company, i % 7 == 0, i % 5 == 0 ? "2020" : "2022"));
        }
        // Spread them over four months (a test may set what production never changes, then report it).
        for (int i = 0; i < made.size(); i++) {
            moveToMonthsAgo(made.get(i).id(), i % 4);
        }
        updates.update(made.stream().map(Made::id).toList());
        List<DashboardScope> scopes = List.of(DashboardScope.ALL, new DashboardScope(a.id()), new DashboardScope(b.id()));
        assertDashboardEqualsDirectCount(scopes);

        // Every kind of change: answers, completing a draft, profile, current state, consent, deletion.
        Made first = made.get(1);
        service.update(first.created().viewToken(), AssessmentChanges.none().withAnswers(answers(catalog(first))));
        Made draft = made.get(7);
        service.update(draft.created().viewToken(), AssessmentChanges.none().withAnswers(answers(catalog(draft))).completing());
        service.describeCompany(made.get(2).created().viewToken(), profile());
        service.describeCompany(made.get(3).created().viewToken(), CompanyProfile.EMPTY);
        service.recordCurrentState(made.get(4).created().viewToken(), state(catalog(made.get(4))));
        service.recordCurrentState(made.get(5).created().viewToken(), CurrentState.EMPTY);
        service.changeBenchmarkConsent(made.get(3).created().viewToken(), false);
        service.delete(made.get(6).created().deleteToken());
        service.delete(made.get(10).created().deleteToken());
        assertDashboardEqualsDirectCount(scopes);

        // The retention deletes a completed assessment nobody opened for years.
        jdbc.sql("UPDATE assessment SET last_opened_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusYears(5), made.get(11).id())
                .update();
        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM statistic_assessment WHERE assessment_id = ?")
                .param(made.get(11).id()).query(Long.class).single()).isZero();
        assertDashboardEqualsDirectCount(scopes);

        // Reassignment by an administrator: company A2 goes to consultant B; then consultant A deletes
        // company A1 with its assessments. Both through the companies feature, which publishes the events.
        Account admin = accounts.create(Workspace.newEmail("verwaltung-stat"), Role.ADMINISTRATOR, Workspace.PASSWORD, null);
        companies.reassign(SignedInAccount.of(admin), companyA2, b.id());
        assertDashboardEqualsDirectCount(scopes);
        companies.delete(SignedInAccount.of(a), companyA1);
        assertDashboardEqualsDirectCount(scopes);
        assertThat(dashboard.figures(new DashboardScope(a.id()), filter(null, null, null, null)).assessments()).isZero();

        assertKeptCountsEqualARecount();
    }

    @Test
    void reassessmentsKeepOneAssessmentPerChainInTheBenchmarkPoolAndADeletionSplitsTheChain() {
        CreatedAssessment first = service.createComplete(new AssessmentInput("2022", answers(catalogs.find("2022").orElseThrow()),
                profile(), CurrentState.EMPTY));
        CreatedAssessment second = service.reassess(first.viewToken(), answers(catalogs.defaultCatalog()), false);
        CreatedAssessment third = service.reassess(second.viewToken(), answers(catalogs.defaultCatalog()), true);
        assertThat(counted(first, second, third)).containsExactly(false, true, false);

        service.complete(third.viewToken(), answers(catalogs.defaultCatalog()));
        assertThat(counted(first, second, third)).containsExactly(false, false, true);

        service.changeBenchmarkConsent(third.viewToken(), false);
        assertThat(counted(first, second, third)).containsExactly(false, false, false);
        service.changeBenchmarkConsent(third.viewToken(), true);

        // Deleting the middle one splits the chain: the first is the latest of its own chain again.
        service.delete(second.deleteToken());
        assertThat(counted(first, third)).containsExactly(true, true);
        assertKeptCountsEqualARecount();
    }

    private List<Boolean> counted(CreatedAssessment... all) {
        List<Boolean> counted = new ArrayList<>();
        for (CreatedAssessment created : all) {
            counted.add(jdbc.sql("SELECT benchmark FROM statistic_assessment WHERE assessment_id = ?")
                    .param(created.assessment().id())
                    .query(Boolean.class)
                    .single());
        }
        return counted;
    }

    void assertDashboardEqualsDirectCount(List<DashboardScope> scopes) {
        List<DashboardFilter> filters = List.of(
                filter(null, null, null, null),
                filter("C", null, null, null),
                filter(null, "10-49", null, null),
                filter(null, null, "DE-BY", null),
                filter(null, null, null, "2020"),
                filter("G", "1-9", null, null),
                filter("M", null, "AT", "2022"),
                new DashboardFilter(thisMonth().minusMonths(1), thisMonth().minusMonths(1), null, null, null, null));
        for (DashboardScope scope : scopes) {
            for (DashboardFilter filter : filters) {
                assertThat(DirectCount.of(dashboard.figures(scope, filter)))
                        .as("scope %s, filter %s", scope, filter)
                        .isEqualTo(DirectCount.of(jdbc, catalogs, scope, filter));
            }
        }
    }

    /** The counts kept step by step are exactly those of a recount from nothing. */
    void assertKeptCountsEqualARecount() {
        List<Map<String, Object>> countsBefore = rows("statistic_count");
        List<Map<String, Object>> benchmarksBefore = rows("statistic_benchmark");
        List<Map<String, Object>> factsBefore = rows("statistic_assessment");
        seeds.recount();
        assertThat(rows("statistic_assessment")).isEqualTo(factsBefore);
        assertThat(rows("statistic_count")).isEqualTo(countsBefore);
        assertThat(rows("statistic_benchmark")).isEqualTo(benchmarksBefore);
    }

    private List<Map<String, Object>> rows(String table) {
        String order = switch (table) {
            case "statistic_count" -> " WHERE n <> 0 ORDER BY industry, size_class, region, month_start, catalog_id,"
                    + " measure, item, item_value";
            case "statistic_benchmark" -> " WHERE n <> 0 ORDER BY catalog_id, industry, size_class, measure, item,"
                    + " item_value";
            default -> " ORDER BY assessment_id";
        };
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbcTemplate.queryForList("SELECT * FROM " + table + order).forEach(row -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((k, v) -> copy.put(k.toLowerCase(java.util.Locale.ROOT), v == null ? null : v.toString()));
            rows.add(copy);
        });
        return rows;
    }

    static YearMonth thisMonth() {
        return YearMonth.now(Clock.systemUTC().withZone(GermanTime.ZONE));
    }

    static DashboardFilter filter(String industry, String size, String region, String catalog) {
        return new DashboardFilter(thisMonth().minusMonths(11), thisMonth(), industry, size, region, catalog);
    }

    Made make(UUID company, boolean draft, String catalogId) {
        Catalog catalog = catalogs.find(catalogId).orElseThrow();
        AssessmentInput input = new AssessmentInput(catalogId, answers(catalog), profile(),
                random.nextBoolean() ? state(catalog) : CurrentState.EMPTY);
        CreatedAssessment created = seeds.forCompany(company,
                () -> draft ? service.startDraft(input) : service.createComplete(input, random.nextInt(4) > 0));
        return new Made(created, company);
    }

    void moveToMonthsAgo(UUID id, int monthsAgo) {
        Instant when = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(monthsAgo).toInstant();
        jdbc.sql("UPDATE assessment SET created_at = ? WHERE id = ?").params(when.atOffset(ZoneOffset.UTC), id).update();
    }

    Catalog catalog(Made made) {
        return made.created().assessment().catalog();
    }

    Map<String, String> answers(Catalog catalog) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : catalog.questions()) {
            answers.put(question.id(), catalog.levels().get(random.nextInt(catalog.levels().size())).id());
        }
        return answers;
    }

    CompanyProfile profile() {
        return new CompanyProfile(
                null,
                random.nextInt(5) == 0 ? null : options.industry(INDUSTRIES[random.nextInt(INDUSTRIES.length)]).orElseThrow(),
                random.nextInt(5) == 0 ? null : SizeClass.values()[random.nextInt(2)],
                random.nextInt(5) == 0 ? null : options.region(REGIONS[random.nextInt(REGIONS.length)]).orElseThrow(),
                null);
    }

    CurrentState state(Catalog catalog) {
        Map<String, Usage> usages = new LinkedHashMap<>();
        for (Touchpoint touchpoint : catalog.touchpoints()) {
            int pick = random.nextInt(4);
            if (pick < 3) {
                usages.put(touchpoint.id(), Usage.values()[pick]);
            }
        }
        return new CurrentState(usages);
    }
}
