package de.kundenkontakt.quickcheck.app.guide;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.JourneyPhase;
import de.kundenkontakt.quickcheck.engine.Question;
import de.kundenkontakt.quickcheck.engine.Touchpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The guide's knowledge in German and English, read once from {@code content/} and checked to be
 * complete: every touchpoint and every need of every catalogue has a file in each language with
 * every section filled, related touchpoints exist, and each journey phase is explained. Immutable
 * and thread-safe after construction.
 */
@Component
public class GuideContent {

    /** The languages content exists in. */
    public static final List<String> LANGUAGES = List.of("de", "en");

    static final String ROOT = "content";

    private final Map<String, Map<String, TouchpointContent>> touchpoints = new LinkedHashMap<>();
    private final Map<String, Map<String, NeedContent>> needs = new LinkedHashMap<>();
    private final Map<String, GuidePages.DosAndDonts> dosAndDonts = new LinkedHashMap<>();
    private final Map<String, GuidePages.Glossary> glossaries = new LinkedHashMap<>();
    private final Map<String, GlossaryLinks> glossaryLinks = new LinkedHashMap<>();
    private final Map<String, GuidePages.Journey> journeys = new LinkedHashMap<>();

    /** Loads and checks all content; fails with a message naming the file and key. */
    public GuideContent(Catalogs catalogs) {
        ClassLoader loader = GuideContent.class.getClassLoader();
        Set<String> touchpointIds = new LinkedHashSet<>();
        Set<String> questionIds = new LinkedHashSet<>();
        for (Catalog catalog : catalogs.all()) {
            catalog.touchpoints().stream().map(Touchpoint::id).forEach(touchpointIds::add);
            catalog.questions().stream().map(Question::id).forEach(questionIds::add);
        }
        for (String language : LANGUAGES) {
            Map<String, TouchpointContent> byId = new LinkedHashMap<>();
            for (String id : touchpointIds) {
                String file = ROOT + "/touchpoints/" + language + "/" + id + ".yaml";
                TouchpointContent content = TouchpointContent.from(YamlDocument.read(loader, file));
                requireId(file, id, content.id());
                for (String related : content.related()) {
                    if (!touchpointIds.contains(related) || related.equals(id)) {
                        throw new ContentException(file + ": related touchpoint \"" + related + "\" is unknown");
                    }
                }
                byId.put(id, content);
            }
            touchpoints.put(language, byId);

            Map<String, NeedContent> needsById = new LinkedHashMap<>();
            for (String id : questionIds) {
                String file = ROOT + "/needs/" + language + "/" + id + ".yaml";
                NeedContent content = NeedContent.from(YamlDocument.read(loader, file));
                requireId(file, id, content.id());
                needsById.put(id, content);
            }
            needs.put(language, needsById);

            readGuidePages(loader, language);
        }
    }

    /** Tips, glossary (with its links) and journey of one language. */
    private void readGuidePages(ClassLoader loader, String language) {
        String guide = ROOT + "/guide/" + language + "/";
        dosAndDonts.put(language, GuidePages.DosAndDonts.from(YamlDocument.read(loader, guide + "dos-and-donts.yaml")));
        GuidePages.Glossary glossary = GuidePages.Glossary.from(YamlDocument.read(loader, guide + "glossary.yaml"));
        glossaries.put(language, glossary);
        glossaryLinks.put(language, new GlossaryLinks(glossary));
        GuidePages.Journey journey = GuidePages.Journey.from(YamlDocument.read(loader, guide + "journey.yaml"));
        for (JourneyPhase phase : JourneyPhase.values()) {
            if (journey.phase(phase.id()).isEmpty()) {
                throw new ContentException(guide + "journey.yaml: phase \"" + phase.id() + "\" is missing");
            }
        }
        journeys.put(language, journey);
    }

    private static void requireId(String file, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new ContentException(file + ": id is \"" + actual + "\", expected \"" + expected + "\"");
        }
    }

    /** The content of the touchpoint in the locale's language, if the touchpoint is known. */
    public Optional<TouchpointContent> touchpoint(String id, Locale locale) {
        return Optional.ofNullable(touchpoints.get(Texts.language(locale)).get(id));
    }

    /** The content of the need in the locale's language, if the question is known. */
    public Optional<NeedContent> need(String id, Locale locale) {
        return Optional.ofNullable(needs.get(Texts.language(locale)).get(id));
    }

    /** The do's and don'ts in the locale's language; never null. */
    public GuidePages.DosAndDonts dosAndDonts(Locale locale) {
        return dosAndDonts.get(Texts.language(locale));
    }

    /** The glossary in the locale's language; never null. */
    public GuidePages.Glossary glossary(Locale locale) {
        return glossaries.get(Texts.language(locale));
    }

    /** What links the glossary's terms in page texts of the locale's language; never null. */
    public GlossaryLinks glossaryLinks(Locale locale) {
        return glossaryLinks.get(Texts.language(locale));
    }

    /** The customer journey explained in the locale's language; never null. */
    public GuidePages.Journey journey(Locale locale) {
        return journeys.get(Texts.language(locale));
    }

    /** All touchpoint ids that have content, in catalogue order; never null. */
    public List<String> touchpointIds() {
        return new ArrayList<>(touchpoints.get("de").keySet());
    }
}
