package de.kundenkontakt.quickcheck.app.assessment.web;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.DownloadName;
import de.kundenkontakt.quickcheck.app.assessment.PeerBenchmarks;
import de.kundenkontakt.quickcheck.app.assessment.ViewTokens;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.operator.OperatorProperties;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.app.web.PublicUrl;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the PDF report of a complete assessment from the HTML template {@code assessment/report}
 * and the same {@link AssessmentView} as the assessment page: a one-page summary, the action plan,
 * the answers, every touchpoint with its explanation and the method. Charts are inline SVG that
 * Batik draws as vector paths. The DejaVu Sans fonts shipped in {@code fonts/} are embedded as
 * subsets; nothing is loaded from anywhere while rendering: every external resource is refused.
 *
 * <p>Speed: the fonts are parsed once per pooled pair, not per report ({@link ReportFonts}), and
 * finished PDFs are kept by their HTML ({@link RenderedReports}, bounded by
 * {@code quickcheck.report-cache.bytes}, 0 turns it off): a report asked for again with nothing
 * changed is served without rendering, and any change to the assessment, the language or the
 * template gives other HTML and so a new PDF. Only as many reports render at once as there are cores.
 * Thread-safe.
 */
@Component
public class ReportRenderer {

    private static final String TEMPLATE = "assessment/report";

    private final ITemplateEngine templates;
    private final AssessmentService service;
    private final MessageSource messages;
    private final PublicUrl publicUrl;
    private final ReportFonts fonts = new ReportFonts();
    private final Sender sender;
    private final PeerBenchmarks benchmarks;
    private final RenderedReports rendered;

    ReportRenderer(
            ITemplateEngine templates, AssessmentService service, MessageSource messages, OperatorProperties operator,
            PublicUrl publicUrl, PeerBenchmarks benchmarks,
            @Value("${quickcheck.report-cache.bytes:16777216}") long cacheBytes) {
        this.templates = templates;
        this.rendered = new RenderedReports(cacheBytes);
        this.publicUrl = publicUrl;
        this.service = service;
        this.messages = messages;
        this.benchmarks = benchmarks;
        // The renderer's own console notes (timings, font loading) are switched off; a rendering
        // failure still surfaces as an exception.
        XRLog.setLoggingEnabled(false);
        this.sender = Sender.of(operator);
    }

    /**
     * Who hands the report over: the operator's name and logo (as a data URI); null when the
     * installation runs with the shipped example or without a name.
     *
     * @param name never null
     * @param logo a {@code data:} URI of a PNG or JPEG, null when no logo is configured
     */
    public record Sender(String name, String logo) {

        static Sender of(OperatorProperties operator) {
            if (operator == null || operator.example() || operator.name() == null || operator.name().isBlank()) {
                return null;
            }
            return new Sender(operator.name().strip(), logo(operator.logo()));
        }

        private static String logo(String path) {
            if (path == null || path.isBlank()) {
                return null;
            }
            String lower = path.toLowerCase(Locale.ROOT);
            String type = lower.endsWith(".png") ? "image/png"
                    : lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : null;
            if (type == null) {
                throw new IllegalStateException("quickcheck.operator.logo must be a .png, .jpg or .jpeg file: " + path);
            }
            try {
                return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of(path)));
            } catch (IOException e) {
                throw new UncheckedIOException("quickcheck.operator.logo cannot be read: " + path, e);
            }
        }
    }

    /**
     * The PDF report of the complete assessment this view token reaches, as a download named
     * {@code quickcheck-<company or "bericht"/"report">-<date of the last change>.pdf}.
     *
     * @param viewToken the token as the link writes it, may be anything
     * @param locale the report's language, not null
     * @throws AssessmentNotFoundException if the token reaches no assessment or only a draft
     */
    public ResponseEntity<byte[]> download(String viewToken, Locale locale) {
        AccessToken token = ViewTokens.parse(viewToken);
        Assessment assessment = service.find(token)
                .filter(Assessment::isComplete)
                .orElseThrow(AssessmentNotFoundException::new);
        return download(assessment, token, locale);
    }

    /**
     * The PDF report of this complete assessment, found by the caller, as {@link #download(String, Locale)}
     * names it.
     *
     * @param assessment a complete assessment, not null
     * @param token its view token, for the links in the report; not null
     * @param locale the report's language, not null
     */
    public ResponseEntity<byte[]> download(Assessment assessment, AccessToken token, Locale locale) {
        AssessmentView view = AssessmentView.of(
                assessment, null, AssessmentController.links(service, publicUrl.origin(), assessment, token, locale), messages, locale);
        String language = Texts.language(locale);
        LocalDate date = assessment.updatedAt().atZone(GermanTime.ZONE).toLocalDate();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.contentDisposition(
                        assessment.profile().companyName(), "en".equals(language) ? "report" : "bericht", date, "pdf"))
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .body(pdf(view, assessment, locale));
    }

    /**
     * The report's HTML, as the PDF renderer reads it (before the print typography).
     *
     * @param view a complete assessment's view, not null
     * @param assessment the same assessment, not null
     * @param locale the report's language, not null
     */
    public String html(AssessmentView view, Assessment assessment, Locale locale) {
        if (!view.complete()) {
            throw new IllegalArgumentException("only a complete assessment has a report");
        }
        // How many of the three squares each answer level fills: its place among the levels.
        Map<String, Integer> answerLevels = new HashMap<>();
        List<AnswerLevel> levels = assessment.catalog().levels();
        for (int i = 0; i < levels.size(); i++) {
            answerLevels.put(levels.get(i).id(), i);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("a", view);
        model.put("r", view.result());
        model.put("language", Texts.language(locale));
        model.put("answerLevels", answerLevels);
        model.put("operator", sender);
        model.put("benchmark", BenchmarkView.of(
                benchmarks.of(assessment), assessment, benchmarks.madeByAdvisor(assessment), locale));
        return templates.process(TEMPLATE, new Context(locale, model));
    }

    /**
     * The report as a PDF document.
     *
     * @param view a complete assessment's view, not null
     * @param assessment the same assessment, not null
     * @param locale the report's language, not null
     */
    public byte[] pdf(AssessmentView view, Assessment assessment, Locale locale) {
        return rendered.pdf(html(view, assessment, locale), this::render);
    }

    private byte[] render(String source) {
        Document html = Jsoup.parse(source);
        PrintTypography.keepTogether(html);
        ByteArrayOutputStream out = new ByteArrayOutputStream(160_000);
        TrueTypeFont[] pair = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Quickcheck Digitaler Kundenkontakt");
            builder.usePDDocument(document);
            fonts.use(builder, document, pair);
            builder.useSVGDrawer(new BatikSVGDrawer(
                    BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            builder.useExternalResourceAccessControl(ReportRenderer::embeddedLogo, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(ReportRenderer::embeddedLogo, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be rendered", e);
        } finally {
            fonts.giveBack(pair);
        }
        return out.toByteArray();
    }

    /**
     * The renderer may load nothing from outside (no files, no network); the one resource it may
     * read is the operator's logo, which the template embeds as a PNG or JPEG {@code data:} URI.
     */
    static boolean embeddedLogo(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null
                && (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,"));
    }
}
