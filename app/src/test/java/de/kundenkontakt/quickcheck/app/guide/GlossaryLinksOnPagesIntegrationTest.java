package de.kundenkontakt.quickcheck.app.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import de.kundenkontakt.quickcheck.app.QuickcheckContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every glossary term that a channel page or a guide page uses in its body text links to the
 * glossary where it first appears, and only there. Read from the rendered pages: the text of the
 * elements marked {@code glossed}, in document order; an occurrence that is part of a longer term
 * ("Lead" in "Lead-Scoring") counts for the longer term only.
 */
@QuickcheckContext
class GlossaryLinksOnPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GuideContent content;

    static Stream<String> pages() {
        return Stream.concat(
                Catalogs.builtIn().defaultCatalog().touchpoints().stream().map(Touchpoint::id).map(id -> "/kanaele/" + id),
                Stream.of("/beduerfnisse", "/customer-journey", "/tipps"));
    }

    /** The glossed text of a page, with the glossary anchor each character is linked to (or null). */
    private record PageText(String text, List<String> anchorAt) {}

    private Document page(String url, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).header("Accept-Language", language))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static PageText glossedText(Document page) {
        StringBuilder text = new StringBuilder();
        List<String> anchors = new ArrayList<>();
        for (Element glossed : page.select(".glossed")) {
            glossed.traverse((Node node, int depth) -> {
                if (node instanceof TextNode textNode) {
                    Element parent = textNode.parentNode() instanceof Element element ? element : null;
                    Element link = parent != null && parent.hasClass("glossary-link") ? parent : null;
                    String anchor = link == null ? null : link.attr("href").replaceFirst("^/glossar#", "");
                    for (char c : textNode.getWholeText().toCharArray()) {
                        text.append(c);
                        anchors.add(anchor);
                    }
                }
            });
            text.append('\n');
            anchors.add(null);
        }
        return new PageText(text.toString(), anchors);
    }

    private record Occurrence(int start, int end, String anchor) {

        boolean within(Occurrence other) {
            return other.start <= start && end <= other.end && other.end - other.start > end - start;
        }
    }

    private static List<Occurrence> occurrences(String text, GuidePages.Term term) {
        List<Occurrence> found = new ArrayList<>();
        for (String form : term.match()) {
            String capitalised = Character.toUpperCase(form.charAt(0)) + form.substring(1);
            for (String spelling : capitalised.equals(form) ? List.of(form) : List.of(form, capitalised)) {
                Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(spelling) + "(s|e|n|en|es)?(?![\\p{L}\\p{N}])")
                        .matcher(text);
                while (matcher.find()) {
                    found.add(new Occurrence(matcher.start(), matcher.end(), term.anchor()));
                }
            }
        }
        return found;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void linksEveryGlossaryTermWhereItFirstAppears(String url) throws Exception {
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Document page = page(url, locale.getLanguage());
            PageText glossed = glossedText(page);
            assertThat(glossed.text()).as(url).isNotBlank();
            List<GuidePages.Term> terms = content.glossary(locale).terms();
            List<Occurrence> all = terms.stream().flatMap(t -> occurrences(glossed.text(), t).stream()).toList();
            for (GuidePages.Term term : terms) {
                String name = url + " (" + locale.getLanguage() + ") " + term.term();
                Occurrence first = occurrences(glossed.text(), term).stream()
                        .filter(o -> all.stream().noneMatch(o::within))
                        .min((a, b) -> Integer.compare(a.start(), b.start()))
                        .orElse(null);
                long links = page.select("a.glossary-link[href=/glossar#" + term.anchor() + "]").size();
                if (first == null) {
                    assertThat(links).as(name + " is not used, so not linked").isZero();
                    continue;
                }
                assertThat(glossed.anchorAt().get(first.start()))
                        .as(name + " at its first occurrence: \"…"
                                + glossed.text().substring(Math.max(0, first.start() - 30), first.end()) + "\"")
                        .isEqualTo(term.anchor());
                assertThat(links).as(name + " is linked once").isEqualTo(1);
            }
        }
    }

    @Test
    void everyLinkLeadsToAnEntryOfTheGlossaryInTheSameLanguage() throws Exception {
        for (String language : List.of("de", "en")) {
            Document glossary = page("/glossar", language);
            for (String url : pages().toList()) {
                for (Element link : page(url, language).select("a.glossary-link")) {
                    String anchor = link.attr("href").replaceFirst("^/glossar#", "");
                    assertThat(glossary.getElementById(anchor)).as(url + " links to " + anchor).isNotNull();
                }
            }
        }
    }

    @Test
    void theTermsTheIssueNamedAreExplainedAndLinked() throws Exception {
        assertThat(page("/kanaele/augmented-reality", "de").select("a.glossary-link[href=/glossar#begriff-digitaler-zwilling]"))
                .hasSize(1);
        assertThat(page("/kanaele/chatbot", "de").select("a.glossary-link[href=/glossar#begriff-nlu-natural-language-understanding]"))
                .hasSize(1);
        assertThat(page("/kanaele/virtual-reality", "de").select("a.glossary-link[href=/glossar#begriff-cave]")).hasSize(1);
        assertThat(page("/kanaele/track-and-trace", "en").select("a.glossary-link[href=/glossar#begriff-rfid]")).hasSize(1);
    }
}
