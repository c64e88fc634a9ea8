package de.kundenkontakt.quickcheck.app.guide.web;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentPaths;
import de.kundenkontakt.quickcheck.app.result.web.ResultLinkQuery;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.app.web.PrivatePages;
import de.kundenkontakt.quickcheck.engine.Answers;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.web.bind.annotation.RequestParam;
import de.kundenkontakt.quickcheck.app.guide.GuideContent;
import de.kundenkontakt.quickcheck.app.guide.GuidePages;
import de.kundenkontakt.quickcheck.app.guide.GlossaryLinks;
import de.kundenkontakt.quickcheck.app.guide.RichText;
import de.kundenkontakt.quickcheck.app.catalog.TouchpointCosts;
import de.kundenkontakt.quickcheck.app.guide.TouchpointContent;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The guide's pages: touchpoints (index and detail), needs, customer journey, tips, glossary. */
@Controller
class GuideController {

    private final GuideContent content;
    private final TouchpointCosts costs;
    private final Catalog catalog;
    private final Catalogs catalogs;

    GuideController(GuideContent content, TouchpointCosts costs, Catalogs catalogs) {
        this.content = content;
        this.costs = costs;
        this.catalogs = catalogs;
        this.catalog = catalogs.defaultCatalog();
    }

    /** A touchpoint as a line of an overview. */
    record TouchpointCard(String id, String name, String summary, List<String> phases) {}

    /**
     * A touchpoint's page texts in reading order, with glossary terms linked where they first
     * appear, and its reviewed costs ({@code entryLevel}/{@code runningLevel} are message keys).
     */
    record TouchpointPage(
            RichText summary,
            List<RichText> definition,
            List<RichText> benefits,
            List<RichText> advantages,
            List<RichText> disadvantages,
            List<RichText> paysOffWhen,
            List<RichText> notWorthItWhen,
            String entryLevel,
            RichText entryReason,
            String runningLevel,
            RichText runningReason,
            List<RichText> effortNote) {

        static TouchpointPage of(TouchpointContent text, TouchpointCosts.Cost cost, GlossaryLinks.Page links, Locale locale) {
            return new TouchpointPage(
                    links.link(text.summary()),
                    links.link(text.definition()),
                    links.link(text.benefits()),
                    links.link(text.advantages()),
                    links.link(text.disadvantages()),
                    links.link(text.paysOffWhen()),
                    links.link(text.notWorthItWhen()),
                    cost.entry().labelKey(),
                    links.link(cost.entry().reason(locale)),
                    cost.running().labelKey(),
                    links.link(cost.running().reason(locale)),
                    links.link(text.effortNote()));
        }
    }

    /** A piece of advice with its terms linked. */
    record AdviceView(RichText title, List<RichText> text) {}

    /** A journey phase with its explanation (terms linked) and the touchpoints the guide places there. */
    record PhaseTouchpoints(String id, List<RichText> description, List<Weighted> touchpoints) {}

    /** A touchpoint with a weight, such as "serves this need with weight 3". */
    record Weighted(String id, String name, int weight) {}

    /** A need with its explanation and example (terms linked) and what serves it most. */
    record NeedView(
            Question question, String topic, String hint, List<RichText> explanation, List<RichText> example,
            List<Weighted> servedBy) {}

    @GetMapping("/kanaele")
    String showTouchpoints(@RequestParam(name = "phase", required = false) String phase, Locale locale, Model model) {
        Optional<JourneyPhase> filter = Optional.empty();
        if (phase != null && !phase.isBlank()) {
            filter = JourneyPhase.byId(phase);
            if (filter.isEmpty()) {
                model.addAttribute("unknownPhase", phase);
            }
        }
        Optional<JourneyPhase> chosen = filter;
        List<TouchpointCard> cards = catalog.touchpoints().stream()
                .filter(t -> chosen.map(t::fits).orElse(true))
                .sorted(Comparator.comparing(t -> t.name().in(locale), java.text.Collator.getInstance(locale)))
                .map(t -> card(t, locale))
                .toList();
        model.addAttribute("cards", cards);
        model.addAttribute("phases", Arrays.stream(JourneyPhase.values()).map(JourneyPhase::id).toList());
        model.addAttribute("selectedPhase", chosen.map(JourneyPhase::id).orElse(null));
        model.addAttribute("total", catalog.touchpoints().size());
        return "guide/touchpoints";
    }

    private TouchpointCard card(Touchpoint touchpoint, Locale locale) {
        TouchpointContent text = content.touchpoint(touchpoint.id(), locale).orElseThrow();
        return new TouchpointCard(
                touchpoint.id(),
                touchpoint.name().in(locale),
                text.summary(),
                touchpoint.phases().stream().map(JourneyPhase::id).toList());
    }

    /**
     * What a touchpoint page shows when opened from a result or an assessment: this company's fit
     * and the way back.
     *
     * @param back where "Zurück zu Ihrem Ergebnis" leads
     * @param row the touchpoint's place, percentage, recommendation and explanation
     * @param total how many touchpoints were ranked
     */
    record YourFit(String back, ResultView.Row row, int total) {}

    /**
     * The fit that the query of a result link ({@code k}, {@code a}) describes, with the way back to
     * that result, or to the assessment whose view token {@code auswertung} is; empty when the query
     * is missing or not a valid result (the page then is the plain guide page).
     */
    static Optional<YourFit> yourFit(
            Catalogs catalogs, ResultLinkQuery link, String assessmentToken, String touchpointId, Locale locale) {
        Optional<Answers> answers = link.answersIfValid(catalogs);
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        ResultView result = ResultView.of(answers.get().catalog().evaluate(answers.get()), locale);
        String back = AccessToken.parse(assessmentToken)
                .map(token -> AssessmentPaths.path(AssessmentPaths.VIEW, token) + "#rangfolge")
                .orElse(result.resultLink());
        return result.ranking().stream()
                .filter(row -> row.touchpointId().equals(touchpointId))
                .findFirst()
                .map(row -> new YourFit(back, row, result.ranking().size()));
    }

    @GetMapping("/kanaele/{id}")
    String showTouchpoint(
            @PathVariable String id,
            ResultLinkQuery link,
            @RequestParam(name = "auswertung", required = false) String assessmentToken,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Touchpoint touchpoint = catalog.touchpoint(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown touchpoint"));
        Optional<YourFit> fit = yourFit(catalogs, link, assessmentToken, id, locale);
        if (fit.isPresent() && assessmentToken != null) {
            // The way back holds a private link: neither cached nor stored.
            PrivatePages.noStore(response);
        }
        model.addAttribute("yourFit", fit.orElse(null));
        TouchpointContent text = content.touchpoint(id, locale).orElseThrow();
        model.addAttribute("touchpoint", touchpoint);
        model.addAttribute("name", touchpoint.name().in(locale));
        model.addAttribute("text", text);
        model.addAttribute("page", TouchpointPage.of(text, costs.of(touchpoint), content.glossaryLinks(locale).page(), locale));
        model.addAttribute("card", card(touchpoint, locale));
        model.addAttribute("allPhases", Arrays.stream(JourneyPhase.values()).map(JourneyPhase::id).toList());
        model.addAttribute("needs", catalog.questions().stream()
                .map(q -> new Weighted(q.id(), q.topic().in(locale), catalog.weight(q, touchpoint)))
                .filter(w -> w.weight() > 0)
                .sorted(Comparator.comparingInt(Weighted::weight).reversed())
                .toList());
        model.addAttribute("related", text.related().stream()
                .map(r -> catalog.touchpoint(r).orElseThrow())
                .map(t -> new Weighted(t.id(), t.name().in(locale), 0))
                .toList());
        return "guide/touchpoint";
    }

    @GetMapping("/beduerfnisse")
    String showNeeds(Locale locale, Model model) {
        GlossaryLinks.Page links = content.glossaryLinks(locale).page();
        model.addAttribute("needs", catalog.questions().stream()
                .map(q -> new NeedView(
                        q,
                        q.topic().in(locale),
                        q.hint().in(locale),
                        links.link(content.need(q.id(), locale).orElseThrow().explanation()),
                        links.link(content.need(q.id(), locale).orElseThrow().example()),
                        catalog.touchpoints().stream()
                                .map(t -> new Weighted(t.id(), t.name().in(locale), catalog.weight(q, t)))
                                .filter(w -> w.weight() >= 2)
                                .sorted(Comparator.comparingInt(Weighted::weight).reversed())
                                .toList()))
                .toList());
        return "guide/needs";
    }

    @GetMapping("/customer-journey")
    String showJourney(Locale locale, Model model) {
        GlossaryLinks.Page links = content.glossaryLinks(locale).page();
        model.addAttribute("intro", links.link(content.journey(locale).intro()));
        model.addAttribute("phases", Arrays.stream(JourneyPhase.values())
                .map(phase -> new PhaseTouchpoints(
                        phase.id(),
                        links.link(content.journey(locale).phase(phase.id()).orElseThrow().description()),
                        catalog.touchpoints().stream()
                                .filter(t -> t.fits(phase))
                                .map(t -> new Weighted(t.id(), t.name().in(locale), 0))
                                .toList()))
                .toList());
        return "guide/journey";
    }

    @GetMapping("/tipps")
    String showDosAndDonts(Locale locale, Model model) {
        GuidePages.DosAndDonts advice = content.dosAndDonts(locale);
        GlossaryLinks.Page links = content.glossaryLinks(locale).page();
        model.addAttribute("intro", links.link(advice.intro()));
        model.addAttribute("dos", advice.dos().stream()
                .map(a -> new AdviceView(links.link(a.title()), links.link(a.text()))).toList());
        model.addAttribute("donts", advice.donts().stream()
                .map(a -> new AdviceView(links.link(a.title()), links.link(a.text()))).toList());
        return "guide/dos-and-donts";
    }

    @GetMapping("/glossar")
    String showGlossary(Locale locale, Model model) {
        model.addAttribute("glossary", content.glossary(locale));
        return "guide/glossary";
    }
}
