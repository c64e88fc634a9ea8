package de.kundenkontakt.quickcheck.app.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.web.AssessmentPagesIntegrationTest.Saved;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The PDF report, read back with PDFBox as a person would read the printed pages. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:quickcheck-assessment-pages;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AssessmentReportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService service;

    private Saved savedWithProfileAndState() throws Exception {
        Saved saved = AssessmentPagesIntegrationTest.saved(mvc.perform(post("/auswertungen").with(csrf())
                        .param("k", "2022").param("a", AssessmentPagesIntegrationTest.CODE))
                .andReturn().getResponse());
        mvc.perform(post("/auswertung/" + saved.view() + "/profil").with(csrf())
                        .param("companyName", "Bäckerei Müller & Söhne").param("industry", "C").param("region", "DE-BW"))
                .andExpect(status().isFound());
        List<TouchpointResult> ranking = AssessmentPagesIntegrationTest.evaluation(AssessmentPagesIntegrationTest.CODE).ranking();
        mvc.perform(post("/auswertung/" + saved.view() + "/stand").with(csrf())
                        .param("usage[" + ranking.get(22).touchpoint().id() + "]", "in-use")
                        .param("usage[" + ranking.get(1).touchpoint().id() + "]", "planned"))
                .andExpect(status().isFound());
        return saved;
    }

    private static String text(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document);
    }

    @Test
    void theReportListsTheTopThreeInOrderWithDateProductAndUmlautsInEmbeddedFonts() throws Exception {
        Saved saved = savedWithProfileAndState();

        MockHttpServletResponse response = mvc.perform(get("/auswertung/" + saved.view() + "/bericht.pdf"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "assessment-report-de.pdf"), response.getContentAsByteArray());
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("quickcheck-bericht-");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = text(pdf);
            Assessment assessment = service.find(saved.view()).orElseThrow();
            List<TouchpointResult> ranking = assessment.evaluation().orElseThrow().ranking();

            String ranked = text.substring(text.indexOf("Am besten passt"), text.indexOf("Was nutzen Sie heute?"));
            int first = ranked.indexOf(ranking.get(0).touchpoint().name().de());
            int second = ranked.indexOf(ranking.get(1).touchpoint().name().de());
            int third = ranked.indexOf(ranking.get(2).touchpoint().name().de());
            assertThat(first).isNotNegative().isLessThan(second);
            assertThat(second).isLessThan(third);

            assertThat(text).contains(AssessmentView.date(assessment.createdAt(), Locale.GERMAN))
                    .contains("Quickcheck Digitaler Kundenkontakt")
                    .contains("Übereinstimmung")
                    .contains("Bäckerei Müller & Söhne")
                    .contains("Baden-Württemberg")
                    .contains("Quickcheck 2022")
                    .contains("Standortbestimmung")
                    .contains("Maßnahmenplan")
                    .contains("Erster Schritt:")
                    .contains("Seite 1 von " + pdf.getNumberOfPages());
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Quickcheck Digitaler Kundenkontakt");

            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    @Test
    void theApiReportSpeaksTheRequestedLanguage() throws Exception {
        Saved saved = savedWithProfileAndState();

        MockHttpServletResponse response = mvc.perform(get("/api/v1/assessments/" + saved.view() + "/report.pdf")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Language")).isEqualTo("en");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = text(pdf);
            assertThat(text).contains("Your assessment").contains("What do you use today?").contains("Action plan")
                    .contains("Page 1 of").contains("Bäckerei Müller & Söhne");
        }
    }

    @Test
    void theApiReportOfAnUnknownAssessmentIsA404WithoutTheTokenAndOfADraftA409() throws Exception {
        String unknown = AccessToken.generate().value();
        String draft = service.startDraft(AssessmentInput.of(java.util.Map.of())).viewToken().value();

        for (String token : List.of(unknown, "kein-richtiger-link")) {
            String body = mvc.perform(get("/api/v1/assessments/" + token + "/report.pdf").header("Accept-Language", "de"))
                    .andExpect(status().isNotFound())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .contentType("application/problem+json"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).contains("\"status\":404").contains("keine gespeicherte Auswertung");
            if (AccessToken.parse(token).isPresent()) {
                assertThat(body).doesNotContain(token);
            }
        }
        String body = mvc.perform(get("/api/v1/assessments/" + draft + "/report.pdf").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"status\":409").doesNotContain(draft);
    }
}
