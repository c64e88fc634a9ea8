package de.kundenkontakt.quickcheck.app.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GlossaryLinksTest {

    private static final GlossaryLinks LINKS = new GlossaryLinks(new GuidePages.Glossary(List.of(
            new GuidePages.Term("CRM (Customer-Relationship-Management)", List.of("…"), List.of("CRM")),
            new GuidePages.Term("Lead", List.of("…"), List.of()),
            new GuidePages.Term("Lead-Scoring", List.of("…"), List.of()),
            new GuidePages.Term("Digitaler Zwilling", List.of("…"), List.of("digitaler Zwilling", "digitalen Zwilling")),
            new GuidePages.Term("AR", List.of("…"), List.of()))));

    private static String render(RichText text) {
        StringBuilder out = new StringBuilder();
        for (RichText.Segment segment : text.segments()) {
            out.append(segment.linked() ? "[" + segment.text() + "→" + segment.anchor() + "]" : segment.text());
        }
        return out.toString();
    }

    @Test
    void linksOnlyTheFirstOccurrenceOfATermOnAPage() {
        GlossaryLinks.Page page = LINKS.page();
        assertThat(render(page.link("Ein CRM hilft. Das CRM-System auch.")))
                .isEqualTo("Ein [CRM→begriff-crm-customer-relationship-management] hilft. Das CRM-System auch.");
        assertThat(render(page.link("Noch ein CRM."))).isEqualTo("Noch ein CRM.");
        assertThat(render(LINKS.page().link("Noch ein CRM."))).as("a new page links again")
                .isEqualTo("Noch ein [CRM→begriff-crm-customer-relationship-management].");
    }

    @Test
    void prefersTheLongestSpellingAndNeverLinksPartOfAnAlreadyLinkedLongerTerm() {
        GlossaryLinks.Page page = LINKS.page();
        assertThat(render(page.link("Lead-Scoring bewertet Leads.")))
                .isEqualTo("[Lead-Scoring→begriff-lead-scoring] bewertet [Leads→begriff-lead].");
        GlossaryLinks.Page other = LINKS.page();
        other.link("Lead-Scoring");
        assertThat(render(other.link("Lead-Scoring"))).as("the longer term again, not its part 'Lead'")
                .isEqualTo("Lead-Scoring");
    }

    @Test
    void matchesWholeWordsWithEndingsAndACapitalAtTheStartOfASentence() {
        assertThat(render(LINKS.page().link("Digitaler Zwilling einer Maschine")))
                .isEqualTo("[Digitaler Zwilling→begriff-digitaler-zwilling] einer Maschine");
        assertThat(render(LINKS.page().link("mit einem digitalen Zwillings-Modell")))
                .isEqualTo("mit einem [digitalen Zwillings→begriff-digitaler-zwilling]-Modell");
        assertThat(render(LINKS.page().link("Arbeit, ARGE, CAR und AR-Brillen")))
                .isEqualTo("Arbeit, ARGE, CAR und [AR→begriff-ar]-Brillen");
        assertThat(render(LINKS.page().link("die Leads kommen"))).isEqualTo("die [Leads→begriff-lead] kommen");
        assertThat(render(LINKS.page().link("Leadership"))).isEqualTo("Leadership");
    }

    @Test
    void keepsTheTextUnchanged() {
        String text = "CRM, Lead und AR: ein digitaler Zwilling.";
        assertThat(LINKS.page().link(text).text()).isEqualTo(text);
        assertThat(LINKS.page().link("").text()).isEmpty();
    }

    @Test
    void everyShippedTermHasASpellingThatIsFoundInItsOwnName() {
        GuideContent content = new GuideContent(de.kundenkontakt.quickcheck.engine.Catalogs.builtIn());
        for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            for (GuidePages.Term term : content.glossary(locale).terms()) {
                assertThat(term.match()).as(term.term()).isNotEmpty().allSatisfy(form -> assertThat(form).isNotBlank());
                String firstForm = term.match().get(0);
                assertThat(content.glossaryLinks(locale).page().link(firstForm).segments())
                        .as("\"" + firstForm + "\" links to " + term.term())
                        .singleElement()
                        .satisfies(segment -> assertThat(segment.anchor()).isEqualTo(term.anchor()));
            }
        }
    }
}
