package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DownloadNameTest {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 2);

    @Test
    void namesTheCompanyWithTheDateAndTheFileType() {
        assertThat(DownloadName.contentDisposition("Meyer GmbH", "bericht", DATE, "pdf"))
                .isEqualTo("attachment; filename=\"quickcheck-meyer-gmbh-2026-01-02.pdf\"");
        assertThat(DownloadName.contentDisposition("Meyer GmbH", "auswertung", DATE, "xlsx"))
                .isEqualTo("attachment; filename=\"quickcheck-meyer-gmbh-2026-01-02.xlsx\"");
    }

    @Test
    void spellsUmlautsOutForOldClientsAndKeepsThemInTheExactName() {
        assertThat(DownloadName.contentDisposition("Bäckerei Müller & Söhne", "auswertung", DATE, "csv"))
                .isEqualTo("attachment; filename=\"quickcheck-baeckerei-mueller-soehne-2026-01-02.csv\"; "
                        + "filename*=UTF-8''quickcheck-b%C3%A4ckerei-m%C3%BCller-s%C3%B6hne-2026-01-02.csv");
    }

    @Test
    void usesTheFallbackWithoutAUsableName() {
        assertThat(DownloadName.contentDisposition(null, "assessment", DATE, "csv"))
                .isEqualTo("attachment; filename=\"quickcheck-assessment-2026-01-02.csv\"");
        assertThat(DownloadName.slug("  ***  ", true, "bericht")).isEqualTo("bericht");
    }

    @Test
    void cutsLongNamesAtFortyCharactersWithoutATrailingHyphen() {
        String slug = DownloadName.slug("Sehr lange Firmenbezeichnung mit vielen Worten GmbH & Co. KG", true, "x");
        assertThat(slug).hasSizeLessThanOrEqualTo(40).doesNotEndWith("-").startsWith("sehr-lange-firmenbezeichnung");
    }
}
