package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kundenkontakt.quickcheck.app.assessment.AssessmentProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyProfileTest {

    private static final ProfileOptions OPTIONS = ProfileOptions.builtIn();

    @Test
    void readsAFullProfileFromIds() {
        CompanyProfile profile = CompanyProfile.parse(OPTIONS, "  Bäckerei Müller GmbH ", "C", "10-49", "DE-BY", "b2c");

        assertThat(profile.companyName()).isEqualTo("Bäckerei Müller GmbH");
        assertThat(profile.industry().name().de()).isEqualTo("Verarbeitendes Gewerbe");
        assertThat(profile.sizeClass()).isEqualTo(SizeClass.FROM_10_TO_49);
        assertThat(profile.region().name().en()).isEqualTo("Bavaria");
        assertThat(profile.market()).isEqualTo(Market.B2C);
        assertThat(profile.isEmpty()).isFalse();
    }

    @Test
    void treatsBlankValuesAsNotGiven() {
        assertThat(CompanyProfile.parse(OPTIONS, " ", "", null, "  ", null)).isEqualTo(CompanyProfile.EMPTY);
        assertThat(CompanyProfile.EMPTY.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is rejected")
    @CsvSource({
        "profile.industry, industry, V",
        "profile.industry, industry, c",
        "profile.sizeClass, size, 1-10",
        "profile.region, region, Bayern",
        "profile.region, region, DE",
        "profile.market, market, B2B",
        "profile.market, market, b2x"
    })
    void rejectsValuesOutsideTheLists(String field, String which, String value) {
        assertThatThrownBy(() -> CompanyProfile.parse(
                        OPTIONS,
                        null,
                        which.equals("industry") ? value : null,
                        which.equals("size") ? value : null,
                        which.equals("region") ? value : null,
                        which.equals("market") ? value : null))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(AssessmentProblem::field, AssessmentProblem::kind, AssessmentProblem::value)
                        .containsExactly(tuple(field, Kind.UNKNOWN_VALUE, value)));
    }

    @Test
    void acceptsNamesUpTo120CharactersCountingUmlautsOnce() {
        String name = "Ä".repeat(CompanyProfile.MAX_NAME_LENGTH);

        assertThat(CompanyProfile.parse(OPTIONS, name, null, null, null, null).companyName()).isEqualTo(name);
        assertThatThrownBy(() -> CompanyProfile.parse(OPTIONS, name + "x", null, null, null, null))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .containsExactly(AssessmentProblem.ofProfile("companyName", Kind.TOO_LONG, null)));
    }

    @Test
    void rejectsLineBreaksInTheName() {
        assertThatThrownBy(() -> new CompanyProfile("Müller\nGmbH", null, null, null, null))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(AssessmentProblem::kind)
                        .containsExactly(Kind.INVALID_CHARACTERS));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> CompanyProfile.parse(OPTIONS, "x".repeat(200), "Z", "huge", "Mars", "b2b"))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(AssessmentProblem::field)
                        .containsExactly("profile.companyName", "profile.industry", "profile.sizeClass", "profile.region"));
    }

    @Test
    void doesNotEchoHugeValuesInFull() {
        String huge = "y".repeat(10_000);

        assertThatThrownBy(() -> CompanyProfile.parse(OPTIONS, null, huge, null, null, null))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems().get(0).value())
                        .hasSizeLessThan(70));
    }

    @ParameterizedTest
    @CsvSource({
        "'\ud800', lone surrogate",
        "'\u202eevil', right-to-left override",
        "'\u200b\u200b', zero-width spaces",
        "'Firma\u2066x\u2069', directional isolate",
        "'\ufeffFirma', byte order mark",
        "'Firma\u0007', control character"
    })
    void refusesNamesWithHiddenOrBrokenCharacters(String name, String what) {
        assertThatThrownBy(() -> CompanyProfile.parse(OPTIONS, name, null, null, null, null))
                .as(what)
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(AssessmentProblem::kind)
                        .containsExactly(Kind.INVALID_CHARACTERS));
    }

    @Test
    void countsEmojiAsOneCharacterEachAndKeepsJoinedSequences() {
        String faces = "\ud83d\ude00".repeat(CompanyProfile.MAX_NAME_LENGTH);
        String family = "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 Familienbetrieb";

        assertThat(CompanyProfile.parse(OPTIONS, faces, null, null, null, null).companyName()).isEqualTo(faces);
        assertThat(CompanyProfile.parse(OPTIONS, family, null, null, null, null).companyName()).isEqualTo(family);
        assertThatThrownBy(() -> CompanyProfile.parse(OPTIONS, faces + "\ud83d\ude00", null, null, null, null))
                .isInstanceOf(InvalidAssessmentException.class);
    }

    @Test
    void storesNamesInNormalFormC() {
        String decomposed = "Cafe\u0301 Mu\u0308ller";

        assertThat(CompanyProfile.parse(OPTIONS, decomposed, null, null, null, null).companyName())
                .isEqualTo("Caf\u00e9 M\u00fcller");
    }
}
