package de.kundenkontakt.quickcheck.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * One word for each concept (docs/decisions.md, "One vocabulary"): a touchpoint is a "Kanal"
 * ("channel"), a question stands for a "Bedürfnis" ("need"). The retired words appear in no
 * message bundle, no page or PDF template, no content file and no catalogue title or question text;
 * only the glossary names them, to explain that the guide and marketing say "digitale
 * Kundenschnittstelle" or "Touchpoint".
 */
class VocabularyTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    static final Pattern RETIRED_GERMAN =
            Pattern.compile("Kundenschnittstelle|Kontaktpunkt|Kontaktweg|Touchpoint|Anforderung", Pattern.CASE_INSENSITIVE);
    static final Pattern RETIRED_ENGLISH = Pattern.compile("\\b(touchpoints?|requirements?)\\b", Pattern.CASE_INSENSITIVE);

    /** Attributes whose values a user reads or hears. */
    private static final List<String> VISIBLE_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder", "content", "value");

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void find(Pattern retired, String where, String text, List<String> found) {
        Matcher matcher = retired.matcher(text);
        while (matcher.find()) {
            found.add(where + ": \"" + matcher.group() + "\" in \"" + text.strip() + "\"");
        }
    }

    @Test
    void noBundleUsesARetiredWord() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(RESOURCES.resolve("i18n"), ".properties")) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Pattern retired = file.getFileName().toString().endsWith("_en.properties") ? RETIRED_ENGLISH : RETIRED_GERMAN;
            for (String key : properties.stringPropertyNames()) {
                find(retired, file.getFileName() + " " + key, properties.getProperty(key), found);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noTemplateShowsARetiredWord() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> templates = files(RESOURCES.resolve("templates"), ".html");
        assertThat(templates).as("page and PDF templates").hasSizeGreaterThan(20);
        for (Path file : templates) {
            for (Element element : Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    find(RETIRED_GERMAN, file.toString(), text.text(), found);
                }
                for (Attribute attribute : element.attributes()) {
                    if (VISIBLE_ATTRIBUTES.contains(attribute.getKey())) {
                        find(RETIRED_GERMAN, file + " @" + attribute.getKey(), attribute.getValue(), found);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noContentFileButTheGlossaryUsesARetiredWord() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> content = files(RESOURCES.resolve("content"), ".yaml");
        assertThat(content).hasSizeGreaterThan(70);
        for (Path file : content) {
            if (file.getFileName().toString().equals("glossary.yaml")) {
                continue;
            }
            boolean english = file.toString().contains(java.io.File.separator + "en" + java.io.File.separator);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("#") || line.matches("^\\s*(author|year|title|touchpoints):.*")) {
                    continue;
                }
                find(english ? RETIRED_ENGLISH : RETIRED_GERMAN, file + ":" + (i + 1), line, found);
                if (!english && file.getFileName().toString().equals("touchpoint-costs.yaml")) {
                    find(RETIRED_ENGLISH, file + ":" + (i + 1), line, found);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noCatalogueTitleUsesARetiredWord() {
        List<String> found = new ArrayList<>();
        for (Catalog catalog : Catalogs.builtIn().all()) {
            find(RETIRED_GERMAN, "catalogue " + catalog.id(), catalog.title().de(), found);
            find(RETIRED_ENGLISH, "catalogue " + catalog.id(), catalog.title().en(), found);
            for (Question question : catalog.questions()) {
                find(RETIRED_GERMAN, "question " + question.id(), question.topic().de() + " " + question.hint().de(), found);
                find(RETIRED_ENGLISH, "question " + question.id(), question.topic().en() + " " + question.hint().en(), found);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void recognisesTheRetiredWordsItLooksFor() {
        List<String> found = new ArrayList<>();
        find(RETIRED_GERMAN, "sample", "Alle 23 Kundenschnittstellen und Kontaktpunkte, 14 Anforderungen", found);
        find(RETIRED_ENGLISH, "sample", "All touchpoints and requirements", found);
        assertThat(found).hasSize(5);
        found.clear();
        find(RETIRED_GERMAN, "sample", "Alle 23 Kanäle und 14 Bedürfnisse", found);
        find(RETIRED_ENGLISH, "sample", "All channels and needs", found);
        assertThat(found).isEmpty();
    }
}
