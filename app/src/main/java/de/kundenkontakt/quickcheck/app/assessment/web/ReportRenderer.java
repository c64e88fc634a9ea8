package de.kundenkontakt.quickcheck.app.assessment.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentNotFoundException;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the PDF report of a complete assessment from the HTML template {@code assessment/report}
 * and the same {@link AssessmentView} as the assessment page. The DejaVu Sans fonts shipped in
 * {@code fonts/} are embedded (as subsets), so umlauts and every other character print the same
 * everywhere; nothing is loaded from anywhere while rendering: every external resource is refused.
 * Thread-safe.
 */
@Component
public class ReportRenderer {

    /** The font family the report's style sheet names. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String TEMPLATE = "assessment/report";

    private final ITemplateEngine templates;
    private final AssessmentService service;
    private final MessageSource messages;
    private final byte[] regular;
    private final byte[] bold;

    ReportRenderer(ITemplateEngine templates, AssessmentService service, MessageSource messages) {
        this.templates = templates;
        this.service = service;
        this.messages = messages;
        // The renderer's own console notes (timings, font loading) are switched off; a rendering
        // failure still surfaces as an exception.
        XRLog.setLoggingEnabled(false);
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    /**
     * The PDF report of the complete assessment this view token reaches, as a download.
     *
     * @param viewToken the token as the link writes it, may be anything
     * @param locale the report's language, not null
     * @throws AssessmentNotFoundException if the token reaches no assessment or only a draft
     */
    public ResponseEntity<byte[]> download(String viewToken, Locale locale) {
        AccessToken token = AccessToken.parse(viewToken).orElseThrow(AssessmentNotFoundException::new);
        Assessment assessment = service.find(token)
                .filter(Assessment::isComplete)
                .orElseThrow(AssessmentNotFoundException::new);
        AssessmentView view = AssessmentView.of(
                assessment, null, Map.of(), AssessmentController.links(service, assessment, token, locale), messages, locale);
        String language = Texts.language(locale);
        String fileName = ("en".equals(language) ? "quickcheck-report-" : "quickcheck-bericht-")
                + assessment.createdAt().atZone(AssessmentView.ZONE).toLocalDate() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .body(pdf(view, locale));
    }

    /**
     * The report's HTML, as the PDF renderer reads it.
     *
     * @param view a complete assessment's view, not null
     * @param locale the report's language, not null
     */
    public String html(AssessmentView view, Locale locale) {
        if (!view.complete()) {
            throw new IllegalArgumentException("only a complete assessment has a report");
        }
        return templates.process(
                TEMPLATE, new Context(locale, Map.of("a", view, "r", view.result(), "language", Texts.language(locale))));
    }

    /**
     * The report as a PDF document.
     *
     * @param view a complete assessment's view, not null
     * @param locale the report's language, not null
     */
    public byte[] pdf(AssessmentView view, Locale locale) {
        String html = html(view, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Quickcheck Digitaler Kundenkontakt");
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }
}
