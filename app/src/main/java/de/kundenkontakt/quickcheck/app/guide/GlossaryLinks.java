package de.kundenkontakt.quickcheck.app.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the glossary's terms in page texts so that a page links each term where it first appears.
 * A term is found by its spellings ({@link GuidePages.Term#match()}): case-sensitive, except that a
 * spelling starting with a lower-case letter also matches with a capital (at the start of a
 * sentence); it must stand as a word of its own, optionally followed by an ending such as the
 * plural "-s" or "-en" ("Chatbots", "Webinare"), and may start a compound ("CRM-System"). Where
 * spellings overlap, the longest wins ("Lead-Scoring" before "Lead"). Immutable and thread-safe;
 * each page uses a {@link #page() Page} of its own.
 */
public final class GlossaryLinks {

    private static final List<String> ENDINGS = List.of("", "s", "e", "n", "en", "es");

    private record Spelling(String text, String anchor) {}

    private final List<Spelling> spellings;

    GlossaryLinks(GuidePages.Glossary glossary) {
        List<Spelling> all = new ArrayList<>();
        for (GuidePages.Term term : glossary.terms()) {
            for (String form : term.match()) {
                all.add(new Spelling(form, term.anchor()));
                String capitalised = Character.toUpperCase(form.charAt(0)) + form.substring(1);
                if (!capitalised.equals(form)) {
                    all.add(new Spelling(capitalised, term.anchor()));
                }
            }
        }
        all.sort(Comparator.comparingInt((Spelling s) -> s.text().length()).reversed());
        this.spellings = List.copyOf(all);
    }

    /** A fresh page on which no term has been linked yet; never null. */
    public Page page() {
        return new Page();
    }

    /**
     * The texts of one page, linked in reading order: each term is linked at its first occurrence
     * only. Not thread-safe; one per rendered page.
     */
    public final class Page {

        private final Set<String> linked = new HashSet<>();

        private Page() {}

        /** The text with the first occurrence on this page of each term linked; never null. */
        public RichText link(String text) {
            List<RichText.Segment> segments = new ArrayList<>();
            StringBuilder plain = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                Match match = matchAt(text, i);
                if (match == null) {
                    plain.append(text.charAt(i));
                    i++;
                    continue;
                }
                if (linked.add(match.anchor())) {
                    if (!plain.isEmpty()) {
                        segments.add(new RichText.Segment(plain.toString(), null));
                        plain.setLength(0);
                    }
                    segments.add(new RichText.Segment(text.substring(i, match.end()), match.anchor()));
                } else {
                    plain.append(text, i, match.end());
                }
                i = match.end();
            }
            if (!plain.isEmpty() || segments.isEmpty()) {
                segments.add(new RichText.Segment(plain.toString(), null));
            }
            return new RichText(segments);
        }

        /** Each text linked in turn; never null. */
        public List<RichText> link(List<String> texts) {
            return texts.stream().map(this::link).toList();
        }
    }

    private record Match(int end, String anchor) {}

    /** The longest spelling that starts a word at {@code start}, with its ending; or null. */
    private Match matchAt(String text, int start) {
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return null;
        }
        for (Spelling spelling : spellings) {
            if (!text.startsWith(spelling.text(), start)) {
                continue;
            }
            int end = start + spelling.text().length();
            for (String ending : ENDINGS) {
                if (text.startsWith(ending, end) && wordEndsAt(text, end + ending.length())) {
                    return new Match(end + ending.length(), spelling.anchor());
                }
            }
        }
        return null;
    }

    private static boolean wordEndsAt(String text, int index) {
        return index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
