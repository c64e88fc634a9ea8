package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.InvalidAnswersException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** What the store must do on every database; subclasses choose the database. */
abstract class AssessmentStoreContract {

    @Autowired
    AssessmentService service;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    ProfileOptions profileOptions;

    @Autowired
    DataSource dataSource;

    @Autowired
    Assessments assessments;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    static final Catalog CATALOG = Catalogs.builtIn().defaultCatalog();

    static Map<String, String> allAnswers(String level) {
        Map<String, String> answers = new LinkedHashMap<>();
        CATALOG.questions().forEach(q -> answers.put(q.id(), level));
        return answers;
    }

    static Map<String, String> someAnswers() {
        return Map.of("reichweite", "sehr-wichtig", "einstiegskosten", "wichtig");
    }

    CompanyProfile profile() {
        return CompanyProfile.parse(profileOptions, "Tischlerei Groß & Söhne", "C", "10-49", "DE-SN", "both");
    }

    @Test
    void savesADraftAndReadsItBackByItsViewToken() {
        CurrentState state = CurrentState.parse(Map.of("website", "in-use", "newsletter", "planned", "blog", "not-used"));
        CreatedAssessment created = service.startDraft(new AssessmentInput(null, someAnswers(), profile(), state));

        Assessment found = service.find(created.viewToken()).orElseThrow();

        assertThat(found).isEqualTo(created.assessment());
        assertThat(found.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(found.catalog().id()).isEqualTo(CATALOG.id());
        assertThat(found.answers().asIds()).isEqualTo(Map.of("reichweite", "sehr-wichtig", "einstiegskosten", "wichtig"));
        assertThat(found.profile()).isEqualTo(profile());
        assertThat(found.profile().companyName()).isEqualTo("Tischlerei Groß & Söhne");
        assertThat(found.currentState()).isEqualTo(state);
        assertThat(found.evaluation()).isEmpty();
        assertThat(found.createdAt()).isEqualTo(found.updatedAt());
        assertThat(service.find(created.viewToken().value())).contains(found);
        assertThat(service.findForDeletion(created.deleteToken())).contains(found);
    }

    @Test
    void completesADraftOnlyOnceEveryQuestionIsAnswered() {
        CreatedAssessment created = service.startDraft(AssessmentInput.of(someAnswers()));

        Map<String, String> more = new HashMap<>(someAnswers());
        more.put("blog-unknown", "wichtig");
        assertThatThrownBy(() -> service.saveAnswers(created.viewToken(), more))
                .isInstanceOf(InvalidAnswersException.class);
        assertThatThrownBy(() -> service.complete(created.viewToken(), someAnswers()))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.problems())
                        .hasSize(CATALOG.questions().size() - 2));
        assertThat(service.find(created.viewToken()).orElseThrow().status()).isEqualTo(AssessmentStatus.DRAFT);

        Assessment completed = service.complete(created.viewToken(), allAnswers("wichtig"));

        Assessment found = service.find(created.viewToken()).orElseThrow();
        assertThat(found).isEqualTo(completed);
        assertThat(found.isComplete()).isTrue();
        assertThat(found.evaluation()).isPresent();
        assertThat(found.updatedAt()).isAfterOrEqualTo(found.createdAt());
    }

    @Test
    void keepsACompleteAssessmentCompleteWhileItsCurrentStateAndProfileChange() {
        CreatedAssessment created = service.createComplete(AssessmentInput.of(allAnswers("sehr-wichtig")));
        assertThat(created.assessment().gapAnalysis()).isEmpty();

        service.describeCompany(created.viewToken(), profile());
        Assessment changed = service.recordCurrentState(
                created.viewToken(), CurrentState.parse(Map.of("website", "in-use", "e-mail", "in-use")));

        Assessment found = service.find(created.viewToken()).orElseThrow();
        assertThat(found).isEqualTo(changed);
        assertThat(found.isComplete()).isTrue();
        assertThat(found.profile()).isEqualTo(profile());
        assertThat(found.gapAnalysis().orElseThrow().inUse()).extracting(r -> r.touchpoint().id())
                .containsExactlyInAnyOrder("website", "e-mail");
        assertThat(found.actionPlan()).isPresent();
        assertThatThrownBy(() -> service.saveAnswers(created.viewToken(), someAnswers()))
                .isInstanceOf(InvalidAnswersException.class);
    }

    @Test
    void storesOnlyHashesOfTheTokens() {
        CreatedAssessment created = service.startDraft(AssessmentInput.of(someAnswers()));

        Map<String, Object> row = jdbc.sql("SELECT * FROM assessment WHERE id = :id")
                .param("id", created.assessment().id())
                .query()
                .singleRow();

        assertThat(row.values()).map(String::valueOf).noneMatch(value -> value.contains(created.viewToken().value())
                || value.contains(created.deleteToken().value()));
        assertThat(row).containsEntry(key(row, "view_token_hash"), created.viewToken().hash());
        assertThat(row).containsEntry(key(row, "delete_token_hash"), created.deleteToken().hash());
    }

    @Test
    void deletingRemovesEveryRowAndBothLinksAtOnce() {
        CreatedAssessment created = service.createComplete(new AssessmentInput(
                null, allAnswers("wichtig"), profile(), CurrentState.parse(Map.of("website", "in-use"))));
        UUID id = created.assessment().id();
        assertThat(rowsOf(id)).containsValue(1L).containsValue((long) CATALOG.questions().size());

        service.delete(created.deleteToken());

        assertThat(rowsOf(id)).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(service.find(created.viewToken())).isEmpty();
        assertThat(service.findForDeletion(created.deleteToken())).isEmpty();
    }

    @Test
    void treatsTokensOfDeletedOrNeverCreatedAssessmentsAsNotFound() {
        CreatedAssessment deleted = service.startDraft(AssessmentInput.of(someAnswers()));
        service.delete(deleted.deleteToken());

        for (AccessToken token : List.of(deleted.viewToken(), deleted.deleteToken(), AccessToken.generate())) {
            assertThat(service.find(token)).isEmpty();
            assertThatThrownBy(() -> service.delete(token)).isInstanceOf(AssessmentNotFoundException.class);
            assertThatThrownBy(() -> service.saveAnswers(token, someAnswers()))
                    .isInstanceOf(AssessmentNotFoundException.class);
            assertThatThrownBy(() -> service.reassess(token, someAnswers(), true)).isInstanceOf(AssessmentNotFoundException.class);
            assertThatThrownBy(() -> service.reassessmentAnswers(token)).isInstanceOf(AssessmentNotFoundException.class);
            assertThat(service.compareWithPrevious(token)).isEmpty();
        }
        assertThat(service.find("not a token'; DROP TABLE assessment; --")).isEmpty();
        assertThat(service.find((String) null)).isEmpty();
    }

    @Test
    void deletingWithTheViewTokenDoesNothing() {
        CreatedAssessment created = service.startDraft(AssessmentInput.of(someAnswers()));

        assertThatThrownBy(() -> service.delete(created.viewToken())).isInstanceOf(AssessmentNotFoundException.class);
        assertThat(service.find(created.viewToken())).isPresent();
    }

    @Test
    void reassessingStoresNothingUntilSavedAndThenALinkedAssessmentWithTheOldProfileAndState() {
        CurrentState state = CurrentState.parse(Map.of("website", "in-use", "blog", "planned"));
        CreatedAssessment old = service.createComplete(
                new AssessmentInput(null, allAnswers("wichtig"), profile(), state));
        long before = count("assessment");

        assertThat(service.reassessmentAnswers(old.viewToken())).isEqualTo(allAnswers("wichtig"));
        assertThat(count("assessment")).as("opening the pre-filled questionnaire saves nothing").isEqualTo(before);

        CreatedAssessment again = service.reassess(old.viewToken(), allAnswers("wichtig"), true);
        assertThat(count("assessment")).isEqualTo(before + 1);

        Assessment draft = service.find(again.viewToken()).orElseThrow();
        assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(draft.id()).isNotEqualTo(old.assessment().id());
        assertThat(again.viewToken()).isNotEqualTo(old.viewToken());
        assertThat(again.deleteToken()).isNotEqualTo(old.deleteToken());
        assertThat(draft.answers().asIds()).isEqualTo(allAnswers("wichtig"));
        assertThat(draft.profile()).isEqualTo(profile());
        assertThat(draft.currentState()).isEqualTo(state);
        assertThat(draft.reassessedFrom()).contains(old.assessment().id());
        assertThat(service.compareWithPrevious(again.viewToken())).as("no comparison while a draft").isEmpty();

        Map<String, String> changed = allAnswers("wichtig");
        changed.put("reichweite", "sehr-wichtig");
        service.complete(again.viewToken(), changed);
        AssessmentComparison comparison = service.compareWithPrevious(again.viewToken()).orElseThrow();
        assertThat(comparison.sameCatalog()).isTrue();
        assertThat(comparison.changedAnswers()).extracting(c -> c.question().id()).containsExactly("reichweite");
        assertThat(comparison.movements()).hasSize(CATALOG.touchpoints().size());

        service.delete(old.deleteToken());

        Assessment orphan = service.find(again.viewToken()).orElseThrow();
        assertThat(orphan.reassessedFrom()).isEmpty();
        assertThat(orphan.answers().asIds()).isEqualTo(changed);
        assertThat(service.compareWithPrevious(again.viewToken())).isEmpty();
    }

    @Test
    void reassessingAnOlderCatalogueMovesToTheDefaultOneAndKeepsWhatBothShare() {
        Catalog older = Catalogs.builtIn().find("2020").orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>();
        older.questions().forEach(q -> answers.put(q.id(), "weniger-wichtig"));
        CreatedAssessment old = service.createComplete(new AssessmentInput(
                "2020", answers, CompanyProfile.EMPTY, CurrentState.parse(Map.of("website", "in-use"))));
        assertThat(old.assessment().catalog().id()).isEqualTo("2020");

        CreatedAssessment again = service.reassess(old.viewToken(), service.reassessmentAnswers(old.viewToken()), true);
        assertThat(again.assessment().currentState().asIds()).as("state of use carried over").containsExactly(
                Map.entry("website", "in-use"));
        service.complete(again.viewToken(), service.find(again.viewToken()).orElseThrow().answers().asIds());

        AssessmentComparison comparison = service.compareWithPrevious(again.viewToken()).orElseThrow();
        assertThat(comparison.sameCatalog()).isFalse();
        assertThat(comparison.catalogBefore()).isEqualTo("2020");
        assertThat(comparison.catalogAfter()).isEqualTo(CATALOG.id());
        assertThat(comparison.movements()).hasSize(older.touchpoints().size());
        assertThat(comparison.onlyAfter()).isNotEmpty();
    }

    @Test
    void theHistoryHoldsEveryAssessmentOfTheChainOldestFirstFromAnyOfThem() {
        CreatedAssessment first = service.createComplete(new AssessmentInput(null, allAnswers("wichtig"), profile(), CurrentState.EMPTY));
        CreatedAssessment second = service.reassess(first.viewToken(), allAnswers("sehr-wichtig"), false);
        CreatedAssessment third = service.reassess(second.viewToken(), allAnswers("weniger-wichtig"), false);
        CreatedAssessment other = service.createComplete(new AssessmentInput(null, allAnswers("wichtig"), profile(), CurrentState.EMPTY));

        for (CreatedAssessment any : List.of(first, second, third)) {
            assertThat(service.history(service.find(any.viewToken()).orElseThrow()))
                    .extracting(Assessment::id)
                    .containsExactly(first.assessment().id(), second.assessment().id(), third.assessment().id());
        }
        assertThat(service.history(service.find(other.viewToken()).orElseThrow())).hasSize(1);
        assertThat(service.find(third.viewToken()).orElseThrow().isComplete()).isTrue();

        service.delete(second.deleteToken());
        assertThat(service.history(service.find(third.viewToken()).orElseThrow())).extracting(Assessment::id)
                .containsExactly(third.assessment().id());
        assertThat(service.history(service.find(first.viewToken()).orElseThrow())).hasSize(1);
    }

    @Test
    void rejectsUnknownCatalogueAndTouchpointsWithoutStoringAnything() {
        long before = count("assessment");

        assertThatThrownBy(() -> service.startDraft(
                        new AssessmentInput("1999", someAnswers(), CompanyProfile.EMPTY, CurrentState.EMPTY)))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(AssessmentProblem::field)
                        .containsExactly("catalog"));
        assertThatThrownBy(() -> service.startDraft(new AssessmentInput(
                        "2020", someAnswers(), CompanyProfile.EMPTY, CurrentState.parse(Map.of("live-chat", "in-use")))))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(AssessmentProblem::kind)
                        .containsExactly(AssessmentProblem.Kind.UNKNOWN_TOUCHPOINT));
        assertThatThrownBy(() -> service.createComplete(AssessmentInput.of(someAnswers())))
                .isInstanceOf(InvalidAnswersException.class);

        assertThat(count("assessment")).isEqualTo(before);
    }

    @Test
    void runsAndValidatesTheSameMigrations() {
        // validate() compares the checksums of the applied migrations with the files on the class path.
        flyway.validate();

        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion())
                .containsExactlyElementsOf(migrationVersions());
        assertThat(flyway.info().applied()).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    /** The versions of the migration files on the class path, in Flyway's order (such as 1, 2, 6, 6.1). */
    static List<String> migrationVersions() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
            return Arrays.stream(files)
                    .map(f -> f.getFilename().substring(1, f.getFilename().indexOf("__")).replace('_', '.'))
                    .map(MigrationVersion::fromVersion)
                    .sorted()
                    .map(MigrationVersion::getVersion)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows that belong to the assessment, per table: its own row and every table with assessment_id. */
    Map<String, Long> rowsOf(UUID id) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("assessment", jdbc.sql("SELECT COUNT(*) FROM assessment WHERE id = :id OR reassessed_from = :id")
                .param("id", id)
                .query(Long.class)
                .single());
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.columns"
                        + " WHERE LOWER(column_name) = 'assessment_id' AND table_schema = CURRENT_SCHEMA")
                .query(String.class)
                .list();
        assertThat(tables).extracting(String::toLowerCase)
                .contains("assessment_answer", "assessment_touchpoint_state");
        for (String table : tables) {
            rows.put(table.toLowerCase(), jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE assessment_id = :id")
                    .param("id", id)
                    .query(Long.class)
                    .single());
        }
        return rows;
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static String key(Map<String, Object> row, String column) {
        return row.keySet().stream().filter(k -> k.equalsIgnoreCase(column)).findFirst().orElseThrow();
    }

    @Test
    void readsAWholeAssessmentOrNoneWhenADeleteCommitsWhileReading() {
        CurrentState state = CurrentState.parse(Map.of("website", "in-use", "blog", "planned"));
        CreatedAssessment created =
                service.createComplete(new AssessmentInput(null, allAnswers("wichtig"), profile(), state));
        AtomicBoolean deleted = new AtomicBoolean();
        DataSource racing = deleteCommitsBeforeReadingAnswers(created.deleteToken(), deleted);
        Assessments store = new Assessments(JdbcClient.create(racing), Catalogs.builtIn(), profileOptions);
        TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(racing));
        readOnly.setReadOnly(true);

        Optional<Assessment> found = readOnly.execute(status -> store.findByViewToken(created.viewToken()));

        assertThat(deleted).isTrue();
        if (found.isPresent()) {
            assertThat(found.get()).isEqualTo(created.assessment());
            assertThat(found.get().answers().asIds()).hasSize(CATALOG.questions().size());
        }
        assertThat(service.find(created.viewToken())).isEmpty();
    }

    @Test
    void writesAnswersAndCurrentStateWithOneStatementEachAndReadsAHistoryStepInOneQuery() {
        CurrentState state = CurrentState.parse(Map.of("website", "in-use", "blog", "planned", "newsletter", "not-used"));
        CreatedAssessment first = service.createComplete(new AssessmentInput(null, allAnswers("wichtig"), profile(), state));
        CreatedAssessment second = service.reassess(first.viewToken(), allAnswers("sehr-wichtig"), false);
        CreatedAssessment third = service.reassess(first.viewToken(), allAnswers("weniger-wichtig"), true);
        List<String> statements = new java.util.concurrent.CopyOnWriteArrayList<>();
        DataSource counting = beforeEveryStatement(sql -> statements.add(sql.contains(" (") ? sql.substring(0, sql.indexOf(" (")) : sql));
        Assessments store = new Assessments(JdbcClient.create(counting), Catalogs.builtIn(), profileOptions);
        TransactionTemplate inTransaction = new TransactionTemplate(new DataSourceTransactionManager(counting));

        Assessment stored = service.find(first.viewToken()).orElseThrow();
        inTransaction.executeWithoutResult(status -> store.update(stored));
        assertThat(statements.stream().filter(sql -> sql.startsWith("INSERT"))).containsExactly(
                "INSERT INTO assessment_answer", "INSERT INTO assessment_touchpoint_state");
        assertThat(service.find(first.viewToken()).orElseThrow()).isEqualTo(stored);

        statements.clear();
        List<Assessment> reassessments = inTransaction.execute(status -> store.findReassessmentsOf(first.assessment().id()));
        assertThat(statements).hasSize(1);
        assertThat(reassessments).isSortedAccordingTo(java.util.Comparator.comparing(Assessment::createdAt));
        assertThat(reassessments).containsExactlyInAnyOrder(
                service.find(second.viewToken()).orElseThrow(), service.find(third.viewToken()).orElseThrow());
        Assessment draft = reassessments.stream().filter(a -> !a.isComplete()).findFirst().orElseThrow();
        assertThat(draft.answers().asIds()).isEqualTo(allAnswers("weniger-wichtig"));
        assertThat(draft.currentState()).isEqualTo(state);
    }

    /**
     * The test database, except that just before the first statement that reads answers is
     * prepared, another connection deletes the assessment and commits: the moment at which a read
     * in several statements would see the assessment but not its answers.
     */
    private DataSource deleteCommitsBeforeReadingAnswers(AccessToken deleteToken, AtomicBoolean deleted) {
        return beforeEveryStatement(sql -> {
            if (sql.contains("assessment_answer") && deleted.compareAndSet(false, true)) {
                JdbcClient.create(dataSource)
                        .sql("DELETE FROM assessment WHERE delete_token_hash = :hash")
                        .param("hash", deleteToken.hash())
                        .update();
            }
        });
    }

    /** The test database, telling {@code action} the text of every statement just before it is prepared. */
    private DataSource beforeEveryStatement(Consumer<String> action) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection real = super.getConnection();
                return (Connection) Proxy.newProxyInstance(
                        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("prepareStatement")) {
                                action.accept(String.valueOf(args[0]));
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    private void backdate(CreatedAssessment created, String column, OffsetDateTime when) {
        jdbc.sql("UPDATE assessment SET " + column + " = :when WHERE id = :id")
                .param("when", when)
                .param("id", created.assessment().id())
                .update();
    }

    private AssessmentRetention retention(int draftDays, int completeMonths) {
        return new AssessmentRetention(assessments, jdbc, transaction,
                new RetentionProperties(draftDays, completeMonths, Duration.ofHours(1)), events);
    }

    @Test
    void retentionDeletesDraftsLeftUnchangedAndCompletedAssessmentsLeftUnopened() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        CreatedAssessment oldDraft = service.startDraft(AssessmentInput.of(someAnswers()));
        CreatedAssessment recentDraft = service.startDraft(AssessmentInput.of(someAnswers()));
        CreatedAssessment oldComplete = service.createComplete(AssessmentInput.of(allAnswers("wichtig")));
        CreatedAssessment openedComplete = service.createComplete(AssessmentInput.of(allAnswers("wichtig")));
        backdate(oldDraft, "updated_at", now.minusDays(91));
        backdate(recentDraft, "updated_at", now.minusDays(89));
        backdate(oldComplete, "last_opened_at", now.minusMonths(24).minusDays(1));
        backdate(openedComplete, "last_opened_at", now.minusMonths(23));

        assertThat(retention(90, 24).deleteExpired()).isGreaterThanOrEqualTo(2);

        assertThat(service.find(oldDraft.viewToken())).isEmpty();
        assertThat(service.find(oldComplete.viewToken())).isEmpty();
        assertThat(service.find(recentDraft.viewToken())).isPresent();
        assertThat(service.find(openedComplete.viewToken())).isPresent();
    }

    @Test
    void retentionOfZeroKeepsAssessmentsForever() {
        CreatedAssessment draft = service.startDraft(AssessmentInput.of(someAnswers()));
        CreatedAssessment complete = service.createComplete(AssessmentInput.of(allAnswers("wichtig")));
        backdate(draft, "updated_at", OffsetDateTime.now(ZoneOffset.UTC).minusYears(10));
        backdate(complete, "last_opened_at", OffsetDateTime.now(ZoneOffset.UTC).minusYears(10));

        assertThat(retention(0, 0).deleteExpired()).isZero();

        assertThat(service.find(draft.viewToken())).isPresent();
        assertThat(service.find(complete.viewToken())).isPresent();
    }

    @Test
    void openingACompletedAssessmentKeepsItFromExpiring() {
        CreatedAssessment complete = service.createComplete(AssessmentInput.of(allAnswers("wichtig")));
        backdate(complete, "last_opened_at", OffsetDateTime.now(ZoneOffset.UTC).minusMonths(25));

        assertThat(service.find(complete.viewToken().value())).isPresent();
        retention(90, 24).deleteExpired();

        assertThat(service.find(complete.viewToken())).isPresent();
        OffsetDateTime opened = jdbc.sql("SELECT last_opened_at FROM assessment WHERE id = :id")
                .param("id", complete.assessment().id())
                .query(OffsetDateTime.class)
                .single();
        assertThat(opened.toInstant()).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void onlyOneOfSeveralInstancesRunsARetentionTurn() {
        jdbc.sql("UPDATE scheduled_job SET locked_until = :past WHERE name = 'assessment-retention'")
                .param("past", OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .update();
        CreatedAssessment first = service.startDraft(AssessmentInput.of(someAnswers()));
        CreatedAssessment second = service.startDraft(AssessmentInput.of(someAnswers()));
        backdate(first, "updated_at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(100));

        assertThat(retention(90, 24).deleteExpiredIfOurTurn()).isGreaterThanOrEqualTo(1);
        backdate(second, "updated_at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(100));
        // another instance in the same turn finds the job taken and deletes nothing
        assertThat(retention(90, 24).deleteExpiredIfOurTurn()).isZero();

        assertThat(service.find(first.viewToken())).isEmpty();
        assertThat(service.find(second.viewToken())).isPresent();
    }

    @Test
    void storesTheLongestNameEvenInEmoji() {
        String faces = "\ud83d\ude00".repeat(CompanyProfile.MAX_NAME_LENGTH);
        CompanyProfile emoji = CompanyProfile.parse(profileOptions, faces, null, null, null, null);

        CreatedAssessment created = service.startDraft(new AssessmentInput(null, someAnswers(), emoji, CurrentState.EMPTY));

        assertThat(service.find(created.viewToken()).orElseThrow().profile().companyName()).isEqualTo(faces);
    }
}
