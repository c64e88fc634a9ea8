package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileOptionsTest {

    private final ProfileOptions options = ProfileOptions.builtIn();

    @Test
    void offersTheWz2008SectionsAToUInGermanAndEnglish() {
        assertThat(options.industries()).extracting(Industry::code)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q",
                        "R", "S", "T", "U");
        assertThat(options.industries()).allSatisfy(industry -> {
            assertThat(industry.name().de()).isNotBlank();
            assertThat(industry.name().en()).isNotBlank();
        });
        assertThat(options.industry("G").orElseThrow().name().de()).startsWith("Handel");
        assertThat(options.industry("F").orElseThrow().name().en()).isEqualTo("Construction");
    }

    @Test
    void readsQuotedCellsWithCommasAsOneName() {
        assertThat(options.industry("A").orElseThrow().name().de()).isEqualTo("Land- und Forstwirtschaft, Fischerei");
        assertThat(options.industry("D").orElseThrow().name().en())
                .isEqualTo("Electricity, gas, steam and air conditioning supply");
    }

    @Test
    void offersTheSixteenBundeslaenderThenAustriaSwitzerlandAndOtherCountries() {
        assertThat(options.regions()).hasSize(19);
        assertThat(options.regions().subList(0, 16)).allSatisfy(r -> assertThat(r.id()).startsWith("DE-"));
        assertThat(options.regions().subList(16, 19)).extracting(r -> r.name().de())
                .containsExactly("Österreich", "Schweiz", "anderes Land");
        assertThat(options.region("DE-TH").orElseThrow().name().de()).isEqualTo("Thüringen");
        assertThat(options.region("other").orElseThrow().name().en()).isEqualTo("another country");
    }

    @Test
    void findsNothingForUnknownOrMissingIds() {
        assertThat(options.industry("V")).isEmpty();
        assertThat(options.industry(null)).isEmpty();
        assertThat(options.region("DE-XX")).isEmpty();
        assertThat(options.region(null)).isEmpty();
    }
}
