package de.kundenkontakt.quickcheck.app.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentInput;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.CreatedAssessment;
import de.kundenkontakt.quickcheck.app.assessment.CurrentState;
import de.kundenkontakt.quickcheck.app.assessment.GapAnalysis;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmarks;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import de.kundenkontakt.quickcheck.app.operator.OperatorProperties;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.app.web.PublicUrl;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.TouchpointResult;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;

/**
 * Page 1 of the PDF report is a summary that a consultant hands over: it must hold everything even
 * when the company has a long name, a full profile and the longest first steps, and it carries the
 * operator's logo exactly when one is configured.
 */
@QuickcheckContext
class ReportSummaryPageIntegrationTest {

    private static final Catalog CATALOG = AssessmentPagesIntegrationTest.CATALOG;

    /** As long as a company name may be (120 characters), with words that wrap. */
    static final String LONG_NAME = "Bäckerei, Konditorei und Café Müller-Lüdenscheidt & Söhne – handwerkliche "
            + "Backwaren aus Meisterhand GmbH & Co. KG Südost";

    @Autowired
    AssessmentService service;

    @Autowired
    MessageSource messages;

    @Autowired
    ITemplateEngine templates;

    @Autowired
    PublicUrl publicUrl;

    @Autowired
    OperatorProperties operator;

    @Autowired
    ReportRenderer renderer;

    @Autowired
    PeerBenchmarks benchmarks;

    // --- page 1 holds the whole summary ----------------------------------------------------------

    @Test
    void pageOneHoldsTheWholeSummaryForALongNameAFullProfileAndTheLongestSteps(@TempDir Path folder) throws Exception {
        Path logo = png(folder.resolve("logo.png"), 400, 160);
        assertThat(LONG_NAME.codePointCount(0, LONG_NAME.length())).isEqualTo(CompanyProfile.MAX_NAME_LENGTH);
        CreatedAssessment created = crowded();
        Assessment assessment = service.find(created.viewToken()).orElseThrow();

        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            AssessmentView view = view(assessment, created, locale);
            assertThat(view.firstSteps()).as("three first steps").hasSize(3);
            // The fullest sender block too: operator name and logo.
            byte[] bytes = renderer(operator(false, "Wirtschaftsförderung Musterstadt", logo.toString()))
                    .pdf(view, assessment, locale);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "report-crowded-" + locale.getLanguage() + ".pdf"), bytes);

            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                String first = page(pdf, 1);
                String compact = compact(first);
                assertThat(compact).as("company name").contains(compact(LONG_NAME));
                assertThat(first).as("date").contains(view.createdOn());
                assertThat(first).as("profile").contains(view.otherFacts().split(" · ")[0]);
                int previous = -1;
                for (ResultView.Row row : view.result().top(5)) {
                    int at = first.indexOf(row.name(), previous + 1);
                    assertThat(at).as(row.touchpointId() + " in the top five, in order").isGreaterThan(previous);
                    previous = at;
                }
                for (ResultView.Stage stage : view.result().journey()) {
                    assertThat(compact).as("journey phase " + stage.phaseId()).contains(compact(stage.label()));
                }
                for (int i = 0; i < 3; i++) {
                    AssessmentView.Step step = view.firstSteps().get(i);
                    assertThat(compact).as("heading of step " + (i + 1)).contains(compact((i + 1) + ". " + step.name()));
                    assertThat(compact).as("the whole text of step " + (i + 1)).contains(compact(step.firstStep()));
                }
                assertThat(page(pdf, 2)).as("page 2 starts with the plan").contains(
                        messages.getMessage("assessment.plan.title", null, locale));
            }
        }
    }

    /**
     * A complete assessment with the fullest page 1 the product can produce: the longest allowed
     * company name, every profile field, and as first steps the three recommended touchpoints
     * with the longest first-step texts (all other recommended ones marked in use), chosen from
     * a fixed sample of answers where many touchpoints are recommended, so that the journey map is
     * full too.
     */
    private CreatedAssessment crowded() {
        int recommendedFrom = CATALOG.recommendation(GapAnalysis.RECOMMENDED_FROM).orElseThrow().minimumPercent();
        Map<String, Integer> stepLength = new HashMap<>();
        for (var touchpoint : CATALOG.touchpoints()) {
            stepLength.put(touchpoint.id(), messages.getMessage(
                    "assessment.firstStep." + touchpoint.id(), null, Locale.GERMAN).length());
        }
        Comparator<TouchpointResult> longestStep =
                Comparator.comparing(r -> -stepLength.get(r.touchpoint().id()));
        SplittableRandom random = new SplittableRandom(2026);
        String best = null;
        long bestScore = -1;
        for (int n = 0; n < 2_000; n++) {
            StringBuilder code = new StringBuilder();
            for (int q = 0; q < CATALOG.questions().size(); q++) {
                code.append(random.nextInt(CATALOG.levels().size()));
            }
            Evaluation evaluation = AssessmentPagesIntegrationTest.evaluation(code.toString());
            if (ResultView.outcome(evaluation) != ResultView.Outcome.RANKED) {
                continue;
            }
            List<TouchpointResult> fitting = evaluation.ranking().stream()
                    .filter(r -> r.percent().isAtLeast(recommendedFrom)).sorted(longestStep).toList();
            if (fitting.size() < 3) {
                continue;
            }
            long score = 1000L * fitting.stream().limit(3).mapToInt(r -> stepLength.get(r.touchpoint().id())).sum()
                    + fitting.size();
            if (score > bestScore) {
                bestScore = score;
                best = code.toString();
            }
        }
        Evaluation evaluation = AssessmentPagesIntegrationTest.evaluation(best);
        List<TouchpointResult> fitting = evaluation.ranking().stream()
                .filter(r -> r.percent().isAtLeast(recommendedFrom)).sorted(longestStep).toList();
        Map<String, String> state = new LinkedHashMap<>();
        fitting.stream().skip(3).forEach(r -> state.put(r.touchpoint().id(), "in-use"));
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : CATALOG.questions()) {
            answers.put(question.id(), CATALOG.levels().get(best.charAt(question.position()) - '0').id());
        }
        CompanyProfile profile = CompanyProfile.parse(ProfileOptions.builtIn(), LONG_NAME, "C", "10-49", "DE-NW", "both");
        return service.createComplete(new AssessmentInput("2022", answers, profile, CurrentState.parse(state)));
    }

    // --- the operator's logo ---------------------------------------------------------------------

    @Test
    void aConfiguredLogoIsAnImageOnPageOne(@TempDir Path folder) throws Exception {
        Path logo = png(folder.resolve("logo.png"), 180, 60);
        ReportRenderer withLogo = renderer(operator(false, "Wirtschaftsförderung Musterstadt", logo.toString()));

        try (PDDocument pdf = Loader.loadPDF(pdf(withLogo))) {
            List<PDImageXObject> images = images(pdf.getPage(0).getResources());
            assertThat(images).as("images on page 1").hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(180);
            assertThat(images.get(0).getHeight()).isEqualTo(60);
            assertThat(page(pdf, 1)).contains("Wirtschaftsförderung Musterstadt");
            for (int i = 1; i < pdf.getNumberOfPages(); i++) {
                assertThat(images(pdf.getPage(i).getResources())).as("images on page " + (i + 1)).isEmpty();
            }
        }
    }

    @Test
    void noLogoWhenNoneIsConfiguredOrTheShippedExampleIsActive(@TempDir Path folder) throws Exception {
        Path logo = png(folder.resolve("logo.png"), 180, 60);
        ReportRenderer withoutLogo = renderer(operator(false, "Wirtschaftsförderung Musterstadt", null));
        ReportRenderer example = renderer(operator(true, "Beispiel-Wirtschaftsförderung", logo.toString()));
        assertThat(operator.example()).as("the tests run with the shipped example operator").isTrue();

        try (PDDocument pdf = Loader.loadPDF(pdf(withoutLogo))) {
            assertThat(images(pdf.getPage(0).getResources())).isEmpty();
            assertThat(page(pdf, 1)).contains("Wirtschaftsförderung Musterstadt");
        }
        try (PDDocument pdf = Loader.loadPDF(pdf(example))) {
            assertThat(images(pdf.getPage(0).getResources())).isEmpty();
            assertThat(page(pdf, 1)).doesNotContain("Beispiel-Wirtschaftsförderung");
        }
        try (PDDocument pdf = Loader.loadPDF(pdf(renderer))) {
            assertThat(images(pdf.getPage(0).getResources())).as("the application's own renderer").isEmpty();
            if (operator.name() != null && !operator.name().isBlank()) {
                assertThat(page(pdf, 1)).doesNotContain(operator.name());
            }
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private ReportRenderer renderer(OperatorProperties operator) {
        return new ReportRenderer(templates, service, messages, operator, publicUrl, benchmarks, 0);
    }

    private static OperatorProperties operator(boolean example, String name, String logo) {
        return new OperatorProperties(example, name, List.of("Musterstraße 1", "12345 Musterstadt"), null,
                "info@example.invalid", null, null, null, null, null, null, null, List.of(), logo);
    }

    private byte[] pdf(ReportRenderer with) {
        CreatedAssessment created = service.createComplete(new AssessmentInput(
                "2022", answers(AssessmentPagesIntegrationTest.CODE), CompanyProfile.EMPTY, CurrentState.EMPTY));
        Assessment assessment = service.find(created.viewToken()).orElseThrow();
        return with.pdf(view(assessment, created, Locale.GERMAN), assessment, Locale.GERMAN);
    }

    private AssessmentView view(Assessment assessment, CreatedAssessment created, Locale locale) {
        return AssessmentView.of(assessment, null,
                AssessmentLinks.of("http://127.0.0.1", created.viewToken(), false, locale), messages, locale);
    }

    private static Map<String, String> answers(String code) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : CATALOG.questions()) {
            answers.put(question.id(), CATALOG.levels().get(code.charAt(question.position()) - '0').id());
        }
        return answers;
    }

    private static Path png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x0b5c7a));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(10, 10, height - 20, height - 20);
        graphics.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The images a page's resources draw, also those inside form XObjects. */
    private static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        if (resources == null) {
            return images;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image);
            } else if (object instanceof PDFormXObject form) {
                images.addAll(images(form.getResources()));
            }
        }
        return images;
    }

    /** A text without any white space, to compare texts whatever the line breaks. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\u00a0]+", "");
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf).replace("\u2060", "");
    }
}
