package de.kundenkontakt.quickcheck.app.guide;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A plain text cut into pieces, some of which link to a glossary entry. Templates render each piece
 * as text or as a link, so no HTML is ever built from content strings. Immutable.
 *
 * @param segments the pieces in reading order, never null
 */
public record RichText(List<Segment> segments) {

    public RichText {
        segments = List.copyOf(segments);
    }

    /** A text without links; never null. */
    public static RichText plain(String text) {
        return new RichText(List.of(new Segment(text, null)));
    }

    /** The text without its links; never null. */
    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    /**
     * One piece of a text.
     *
     * @param text the words, not null
     * @param anchor the glossary anchor it links to (such as {@code begriff-seo}), or null for plain text
     */
    public record Segment(String text, String anchor) {

        public Segment {
            Objects.requireNonNull(text, "text");
        }

        /** Whether this piece links to the glossary. */
        public boolean linked() {
            return anchor != null;
        }
    }
}
