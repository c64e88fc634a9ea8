package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances share one PostgreSQL: what one saves the other reads and deletes,
 * because no instance keeps state. The first instance is the PostgreSQL tests' shared context,
 * the second is started beside it with its own web server on a random port.
 */
@PostgresContext
class TwoInstancesPostgresIntegrationTest {

    private static ConfigurableApplicationContext second;

    @Autowired
    AssessmentService one;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startASecondInstance() {
        second = TestPostgres.startInstance();
    }

    @AfterAll
    static void stopIt() {
        TestPostgres.stop(second);
    }

    @Test
    void readsContinuesAndDeletesThroughOneInstanceWhatTheOtherCreated() {
        AssessmentService other = second.getBean(AssessmentService.class);
        CreatedAssessment created = one.startDraft(new AssessmentInput(
                null,
                Map.of("reichweite", "wichtig"),
                CompanyProfile.EMPTY,
                CurrentState.parse(Map.of("website", "in-use"))));

        Assessment readByOther = other.find(created.viewToken()).orElseThrow();
        assertThat(readByOther).isEqualTo(created.assessment());

        Map<String, String> all = new LinkedHashMap<>();
        Catalogs.builtIn().defaultCatalog().questions().forEach(q -> all.put(q.id(), "sehr-wichtig"));
        other.complete(created.viewToken(), all);
        assertThat(one.find(created.viewToken()).orElseThrow().isComplete()).isTrue();

        other.delete(created.deleteToken());

        assertThat(one.find(created.viewToken())).isEmpty();
        assertThat(other.find(created.viewToken())).isEmpty();
        assertThatThrownBy(() -> one.delete(created.deleteToken())).isInstanceOf(AssessmentNotFoundException.class);
        for (String table : new String[] {"assessment_answer", "assessment_touchpoint_state"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE assessment_id = :id")
                            .param("id", created.assessment().id())
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment WHERE id = :id")
                        .param("id", created.assessment().id())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
