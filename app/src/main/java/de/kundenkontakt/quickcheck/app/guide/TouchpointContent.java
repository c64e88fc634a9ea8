package de.kundenkontakt.quickcheck.app.guide;

import java.util.List;

/**
 * What the guide knows about one touchpoint, in one language, in our own words. Immutable.
 *
 * @param id the touchpoint id
 * @param summary one sentence for overviews
 * @param definition what it is, as paragraphs
 * @param benefits what it does for a company, as paragraphs
 * @param advantages short items
 * @param disadvantages short items
 * @param paysOffWhen situations in which it is worth it
 * @param notWorthItWhen situations in which it is not
 * @param effortNote effort, entry and running cost, as paragraphs
 * @param related ids of touchpoints that complement it
 * @param literature the guide's reading recommendations
 */
public record TouchpointContent(
        String id,
        String summary,
        List<String> definition,
        List<String> benefits,
        List<String> advantages,
        List<String> disadvantages,
        List<String> paysOffWhen,
        List<String> notWorthItWhen,
        List<String> effortNote,
        List<String> related,
        List<Citation> literature) {

    /** A reading recommendation as the guide cites it. */
    public record Citation(String author, String year, String title) {}

    static TouchpointContent from(YamlDocument yaml) {
        return new TouchpointContent(
                yaml.text("id"),
                yaml.text("summary"),
                yaml.paragraphs("definition"),
                yaml.paragraphs("benefits"),
                yaml.texts("advantages"),
                yaml.texts("disadvantages"),
                yaml.texts("pays_off_when"),
                yaml.texts("not_worth_it_when"),
                yaml.paragraphs("effort_note"),
                yaml.texts("related"),
                yaml.documents("literature").stream()
                        .map(c -> new Citation(c.text("author"), c.text("year"), c.text("title")))
                        .toList());
    }
}
