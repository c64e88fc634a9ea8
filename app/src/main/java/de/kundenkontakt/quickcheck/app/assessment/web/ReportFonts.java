package de.kundenkontakt.quickcheck.app.assessment.web;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's fonts: DejaVu Sans regular and bold from {@code fonts/}, parsed once per pooled pair
 * rather than per report, with glyph substitution (ligatures, which Latin text in DejaVu Sans does
 * not need) switched off, and their metrics cached across reports. A pair is used by one rendering
 * at a time; more pairs are parsed when more reports render at once. Thread-safe.
 */
final class ReportFonts {

    /** The font family the report's style sheet names. */
    static final String FAMILY = "DejaVu Sans";

    /** Parsed font pairs kept for reuse. */
    private static final int POOLED = 4;

    private final byte[] regular = resource("fonts/DejaVuSans.ttf");
    private final byte[] bold = resource("fonts/DejaVuSans-Bold.ttf");
    private final BlockingQueue<TrueTypeFont[]> pool = new ArrayBlockingQueue<>(POOLED);
    private final FSDefaultCacheStore metrics = new FSDefaultCacheStore();

    /** A pair of parsed fonts (regular, bold) for one rendering; give it back with {@link #giveBack}. */
    TrueTypeFont[] borrow() {
        TrueTypeFont[] pair = pool.poll();
        return pair != null ? pair : new TrueTypeFont[] {parse(regular), parse(bold)};
    }

    /** Embeds a borrowed pair as subsets into {@code document} and lets {@code builder} use it. */
    void use(PdfRendererBuilder builder, PDDocument document, TrueTypeFont[] pair) throws IOException {
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, pair[0], true)), FAMILY, 400,
                FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, pair[1], true)), FAMILY, 700,
                FontStyle.NORMAL, true);
    }

    /** Keeps a pair for the next rendering, or closes it when the pool is full. */
    void giveBack(TrueTypeFont[] pair) {
        if (!pool.offer(pair)) {
            for (TrueTypeFont font : pair) {
                try {
                    font.close();
                } catch (IOException e) {
                    // nothing was written; a font that does not close is left to the collector
                }
            }
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
            parsed.setEnableGsub(false);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("a shipped font cannot be read", e);
        }
    }

    private static byte[] resource(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }
}
