package de.kundenkontakt.quickcheck.app.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Print typography for the PDF report: a word that carries a quotation mark is kept on one line
 * with it (the renderer's line breaker would otherwise start a line with a closing quote), and a
 * number stays with its unit (no-break space), so that no line starts with "“" or a lone "%".
 */
final class PrintTypography {

    /** A word with a quotation mark at either end, such as „Reichweite“ or Verfügbarkeit“. */
    private static final Pattern QUOTED_WORD = Pattern.compile("\\S*[„“”‚‘’«»]\\S*");

    /** A number and its unit stay on one line. */
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d) (%|€|Prozent|percent|Punkte|points)");

    private PrintTypography() {}

    /** Applies the rules to every text of the body, in place. */
    static void keepTogether(Document html) {
        List<TextNode> texts = new ArrayList<>();
        html.body().traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                texts.add(text);
            }
        });
        for (TextNode text : texts) {
            String value = NUMBER_AND_UNIT.matcher(text.getWholeText()).replaceAll("$1\u00a0$2");
            Matcher quoted = QUOTED_WORD.matcher(value);
            if (!quoted.find()) {
                if (!value.equals(text.getWholeText())) {
                    text.text(value);
                }
                continue;
            }
            List<Node> parts = new ArrayList<>();
            int start = 0;
            do {
                if (quoted.start() > start) {
                    parts.add(new TextNode(value.substring(start, quoted.start())));
                }
                parts.add(new Element("span").addClass("nobr").appendText(quoted.group()));
                start = quoted.end();
            } while (quoted.find());
            if (start < value.length()) {
                parts.add(new TextNode(value.substring(start)));
            }
            for (Node part : parts) {
                text.before(part);
            }
            text.remove();
        }
    }
}
