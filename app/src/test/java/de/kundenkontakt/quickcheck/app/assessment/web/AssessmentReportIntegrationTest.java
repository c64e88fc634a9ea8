package de.kundenkontakt.quickcheck.app.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The PDF report, read back with PDFBox as a person would read the printed pages. */
@QuickcheckContext
class AssessmentReportIntegrationTest {

    private static final Catalog CATALOG = AssessmentPagesIntegrationTest.CATALOG;

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentService service;

    @Autowired
    ReportRenderer renderer;

    @Autowired
    org.springframework.context.MessageSource messages;

    private CreatedAssessment saved(String code, String companyName) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : CATALOG.questions()) {
            answers.put(question.id(), CATALOG.levels().get(code.charAt(question.position()) - '0').id());
        }
        List<TouchpointResult> ranking = AssessmentPagesIntegrationTest.evaluation(code).ranking();
        CurrentState state = CurrentState.parse(Map.of(
                ranking.get(22).touchpoint().id(), "in-use", ranking.get(1).touchpoint().id(), "planned"));
        CompanyProfile profile = new CompanyProfile(companyName, null, null, null, null);
        return service.createComplete(new AssessmentInput("2022", answers, profile, state));
    }

    private MockHttpServletResponse report(CreatedAssessment created, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/auswertung/" + created.viewToken().value() + "/bericht.pdf").param("lang", language))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        return response;
    }

    private static String page(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        // Word joiners keep quotes with their words in print; a reader does not see them.
        return stripper.getText(pdf).replace("\u2060", "");
    }

    @Test
    void pageOneSummarisesCompanyDateTopFiveInOrderJourneyAndFirstSteps() throws Exception {
        CreatedAssessment created = saved(AssessmentPagesIntegrationTest.CODE, "Bäckerei Müller & Söhne");
        MockHttpServletResponse response = report(created, "de");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "assessment-report-de.pdf"), response.getContentAsByteArray());
        Assessment assessment = service.find(created.viewToken()).orElseThrow();
        List<TouchpointResult> ranking = assessment.evaluation().orElseThrow().ranking();

        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String first = page(pdf, 1, 1);
            assertThat(first).contains("Bäckerei Müller & Söhne")
                    .contains(AssessmentView.date(assessment.updatedAt(), Locale.GERMAN))
                    .contains("Quickcheck 2022")
                    .contains("Die 5 am besten passenden Kanäle")
                    .contains("Entlang der Customer Journey")
                    .contains("Ihre ersten")
                    .containsPattern("Seite\\s+1\\s+von\\s+" + pdf.getNumberOfPages());
            int previous = first.indexOf("Die 5 am besten");
            for (TouchpointResult result : ranking.subList(0, 5)) {
                int at = first.indexOf(result.touchpoint().name().de(), previous);
                assertThat(at).as(result.touchpoint().id() + " after the one before").isGreaterThan(previous);
                previous = at;
            }
            assertThat(first).doesNotContain(ranking.get(6).touchpoint().name().de() + "\n");
            // The action plan starts on page 2, not further back.
            assertThat(page(pdf, 2, 2)).contains("Maßnahmenplan").contains("Erster Schritt:");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Quickcheck-Bericht für Bäckerei Müller & Söhne");
        }
    }

    @Test
    void servesTheSameReportAgainUntilTheAssessmentChanges() throws Exception {
        CreatedAssessment created = saved(AssessmentPagesIntegrationTest.CODE, "Erste Firma");
        byte[] first = report(created, "de").getContentAsByteArray();

        assertThat(report(created, "de").getContentAsByteArray()).isEqualTo(first);
        byte[] english = report(created, "en").getContentAsByteArray();
        assertThat(english).isNotEqualTo(first);
        try (PDDocument pdf = Loader.loadPDF(english)) {
            assertThat(page(pdf, 1, 1)).contains("Erste Firma").contains("Page");
        }

        service.describeCompany(created.viewToken(), new CompanyProfile("Zweite Firma", null, null, null, null));
        byte[] changed = report(created, "de").getContentAsByteArray();

        try (PDDocument pdf = Loader.loadPDF(changed)) {
            assertThat(page(pdf, 1, 1)).contains("Zweite Firma").doesNotContain("Erste Firma");
        }
    }

    @Test
    void theAnswersSectionNamesAllFourteenNeedsWithTheLevelChosen() throws Exception {
        CreatedAssessment created = saved(AssessmentPagesIntegrationTest.CODE, null);
        try (PDDocument pdf = Loader.loadPDF(report(created, "de").getContentAsByteArray())) {
            String text = page(pdf, 1, pdf.getNumberOfPages());
            String answers = text.substring(text.indexOf("Ihre Antworten zu den 14 Bedürfnissen"), text.indexOf("Alle 23 Kanäle"))
                    .replaceAll("\\s+", " ");
            for (Question question : CATALOG.questions()) {
                String level = CATALOG.levels().get(AssessmentPagesIntegrationTest.CODE.charAt(question.position()) - '0').label().de();
                assertThat(answers).as(question.id())
                        .contains((question.position() + 1) + ". " + question.topic().de() + " " + level + " ");
            }
            assertThat(text).contains("So ist dieser Bericht entstanden").contains("Fragebogen-Version: Quickcheck 2022");
        }
    }

    @Test
    void theSummaryPageDrawsItsChartsAsVectorPathsAndEveryFontIsEmbedded() throws Exception {
        CreatedAssessment created = saved(AssessmentPagesIntegrationTest.CODE, null);
        try (PDDocument pdf = Loader.loadPDF(report(created, "en").getContentAsByteArray())) {
            PathCounter paths = new PathCounter(pdf.getPage(0));
            paths.processPage(pdf.getPage(0));
            // Six journey arrows (six corners each) and five bars in the tier colours.
            assertThat(paths.polygons).as("paths with six or more corners").isGreaterThanOrEqualTo(6);
            assertThat(paths.barFills).as("filled paths in a recommendation colour").isGreaterThanOrEqualTo(5);

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
    void printTypographyKeepsQuotesWithTheirWordsAndLeavesNoWebLeftovers() throws Exception {
        CreatedAssessment created = saved(AssessmentPagesIntegrationTest.CODE, "Müller");
        Assessment assessment = service.find(created.viewToken()).orElseThrow();
        AssessmentView view = AssessmentView.of(assessment, null,
                AssessmentLinks.of("http://127.0.0.1", created.viewToken(), false, Locale.GERMAN), messages, Locale.GERMAN);
        String html = renderer.html(view, assessment, Locale.GERMAN);
        assertThat(html).doesNotContain("<a ").doesNotContain("Unten sehen Sie").doesNotContain("keine Angabe");

        try (PDDocument pdf = Loader.loadPDF(report(created, "de").getContentAsByteArray())) {
            String text = page(pdf, 1, pdf.getNumberOfPages());
            assertThat(text.lines().filter(line -> line.startsWith("“") || line.startsWith("%")).toList())
                    .as("lines that start with a closing quote or a lone percent sign").isEmpty();
            assertThat(text).contains("Kanäle ohne Angabe zählen als nicht genutzt.");
        }
    }

    @Test
    void theFileNameNamesTheCompanyInAsciiAndExactlyForUmlauts() throws Exception {
        CreatedAssessment created = saved(AssessmentPagesIntegrationTest.CODE, "Bäckerei Müller & Söhne");
        String date = LocalDate.now(GermanTime.ZONE).toString();

        assertThat(report(created, "de").getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"quickcheck-baeckerei-mueller-soehne-" + date + ".pdf\"; "
                        + "filename*=UTF-8''quickcheck-b%C3%A4ckerei-m%C3%BCller-s%C3%B6hne-" + date + ".pdf");
        assertThat(report(saved(AssessmentPagesIntegrationTest.CODE, null), "en").getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"quickcheck-report-" + date + ".pdf\"");
    }

    @Test
    void equalAnswersPrintThatNoTouchpointFitsBestAndNoPlan() throws Exception {
        CreatedAssessment created = saved("33333333333333", null);
        try (PDDocument pdf = Loader.loadPDF(report(created, "de").getContentAsByteArray())) {
            String first = page(pdf, 1, 1);
            assertThat(first).contains("Alle Kanäle passen gleich gut").contains("„sehr wichtig“")
                    .doesNotContain("Am besten passt").doesNotContain("am besten passenden");
            assertThat(page(pdf, 2, 2)).contains("Ein Maßnahmenplan setzt voraus");
        }
        try (PDDocument pdf = Loader.loadPDF(report(saved("00000000000000", null), "en").getContentAsByteArray())) {
            assertThat(page(pdf, 1, 1)).contains("No basis for a recommendation").doesNotContain("fits best,");
        }
    }

    @Test
    void theApiReportSpeaksTheRequestedLanguage() throws Exception {
        CreatedAssessment created = saved(AssessmentPagesIntegrationTest.CODE, "Bäckerei Müller & Söhne");

        MockHttpServletResponse response = mvc.perform(get("/api/v1/assessments/" + created.viewToken().value() + "/report.pdf")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Language")).isEqualTo("en");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = page(pdf, 1, pdf.getNumberOfPages());
            assertThat(text).contains("best-fitting channels").contains("Action plan").contains("Your answers on the 14 needs")
                    .containsPattern("Page\\s+1\\s+of").contains("Bäckerei Müller & Söhne");
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

    /** Counts, on one page, painted paths with six or more corners and fills in a recommendation colour. */
    private static final class PathCounter extends PDFGraphicsStreamEngine {

        private static final List<float[]> TIER_COLOURS = List.of(
                rgb(0x0b6e3f), rgb(0x3f7f1d), rgb(0x8a5a00), rgb(0x5c6670));

        int polygons;
        int barFills;
        private int corners;

        PathCounter(PDPage page) {
            super(page);
        }

        private static float[] rgb(int colour) {
            return new float[] {((colour >> 16) & 0xff) / 255f, ((colour >> 8) & 0xff) / 255f, (colour & 0xff) / 255f};
        }

        @Override
        public void moveTo(float x, float y) {
            corners = 1;
        }

        @Override
        public void lineTo(float x, float y) {
            corners++;
        }

        @Override
        public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                java.awt.geom.Point2D p3) {
            corners = 4;
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            painted(true);
        }

        @Override
        public void strokePath() {
            painted(false);
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            painted(true);
        }

        private void painted(boolean filled) {
            if (corners >= 6) {
                polygons++;
            }
            if (filled) {
                try {
                    float[] colour = rgb(getGraphicsState().getNonStrokingColor().toRGB());
                    if (TIER_COLOURS.stream().anyMatch(t -> Math.abs(t[0] - colour[0]) < 0.02
                            && Math.abs(t[1] - colour[1]) < 0.02 && Math.abs(t[2] - colour[2]) < 0.02)) {
                        barFills++;
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            corners = 0;
        }

        @Override
        public void drawImage(PDImage pdImage) {}

        @Override
        public void clip(int windingRule) {
            corners = 0;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            corners++;
        }

        @Override
        public java.awt.geom.Point2D getCurrentPoint() {
            return new java.awt.geom.Point2D.Float();
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {
            corners = 0;
        }

        @Override
        public void shadingFill(COSName shadingName) {}
    }
}
