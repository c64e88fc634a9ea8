package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentProblem.Kind;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrentStateTest {

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource({"in-use, IN_USE", "planned, PLANNED", "not-used, NOT_USED", "' planned ', PLANNED"})
    void readsUsageIds(String id, Usage usage) {
        CurrentState state = CurrentState.parse(Map.of("website", id));

        assertThat(state.usage("website")).contains(usage);
        assertThat(state.isInUse("website")).isEqualTo(usage == Usage.IN_USE);
    }

    @Test
    void leavesTouchpointsWithBlankUsageUnknown() {
        Map<String, String> ids = new HashMap<>();
        ids.put("website", " ");
        ids.put("blog", null);

        CurrentState state = CurrentState.parse(ids);

        assertThat(state.isEmpty()).isTrue();
        assertThat(state.usage("website")).isEmpty();
    }

    @Test
    void rejectsUnknownUsages() {
        assertThatThrownBy(() -> CurrentState.parse(Map.of("website", "yes")))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .containsExactly(AssessmentProblem.ofCurrentState("website", Kind.UNKNOWN_VALUE, "yes")));
    }

    @Test
    void rejectsTouchpointsTheCatalogueLacks() {
        CurrentState state = CurrentState.parse(Map.of("website", "in-use", "fax", "in-use"));

        assertThatThrownBy(() -> state.requireKnownTo(Catalogs.builtIn().defaultCatalog()))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .containsExactly(AssessmentProblem.ofCurrentState("fax", Kind.UNKNOWN_TOUCHPOINT, "fax")));
    }

    @Test
    void keepsOnlyTouchpointsOfAnOlderCatalogue() {
        CurrentState state = CurrentState.parse(Map.of("live-chat", "in-use", "website", "planned"));

        assertThat(state.restrictedTo(Catalogs.builtIn().find("2020").orElseThrow()).asIds())
                .isEqualTo(Map.of("website", "planned"));
    }
}
