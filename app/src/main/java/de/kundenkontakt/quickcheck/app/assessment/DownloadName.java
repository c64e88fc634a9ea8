package de.kundenkontakt.quickcheck.app.assessment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The file name of an assessment's downloads (PDF report, CSV, XLSX):
 * {@code quickcheck-<company or a fallback word>-<date>.<extension>}, so that a consultant's
 * downloads of several companies stay apart in one folder. Thread-safe.
 */
public final class DownloadName {

    private static final int MAX_SLUG_LENGTH = 40;

    private DownloadName() {}

    /**
     * The {@code Content-Disposition} header of a download: {@code attachment} with an ASCII file
     * name for every client and, when the company name has other letters, the exact name as
     * RFC 6266 {@code filename*} (UTF-8, percent-encoded).
     *
     * @param companyName the company's name, null when not given
     * @param fallback the word that stands for the company when it has no usable name, such as
     *     "bericht"; ASCII letters and hyphens, not null
     * @param date the date in the name, not null
     * @param extension the file type without the dot, such as "pdf", not null
     */
    public static String contentDisposition(String companyName, String fallback, LocalDate date, String extension) {
        String ascii = "quickcheck-" + slug(companyName, true, fallback) + "-" + date + "." + extension;
        String exact = "quickcheck-" + slug(companyName, false, fallback) + "-" + date + "." + extension;
        String header = "attachment; filename=\"" + ascii + "\"";
        if (!exact.equals(ascii)) {
            header += "; filename*=UTF-8''" + URLEncoder.encode(exact, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return header;
    }

    /**
     * A company name as part of a file name: letters and digits, everything else one hyphen, at
     * most 40 characters; {@code ascii} spells umlauts out (ä → ae) and drops other accents. The
     * fallback when nothing usable is left; never null.
     */
    static String slug(String name, boolean ascii, String fallback) {
        if (name == null) {
            return fallback;
        }
        String text = name.strip();
        if (ascii) {
            text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                    .replace("Ü", "Ue").replace("ß", "ss");
            text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            text = text.replaceAll("[^A-Za-z0-9]+", "-");
        } else {
            text = text.replaceAll("[^\\p{L}\\p{N}]+", "-");
        }
        text = text.toLowerCase(Locale.ROOT).replaceAll("^-+|-+$", "");
        if (text.length() > MAX_SLUG_LENGTH) {
            text = text.substring(0, MAX_SLUG_LENGTH).replaceAll("-+$", "");
        }
        return text.isEmpty() ? fallback : text;
    }
}
