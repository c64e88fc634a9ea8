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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a user sees exists in German and English: each message bundle has the same keys in
 * its default (German), {@code _de} and {@code _en} files, none empty; each content file exists in
 * both languages; and no template carries visible text outside the bundles.
 */
class TranslationCompletenessTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyBundleHasTheSameKeysInGermanAndEnglish() throws IOException {
        List<Path> defaults;
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            defaults = files.filter(p -> p.getFileName().toString().matches("[a-z-]+\\.properties")).toList();
        }
        assertThat(defaults).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path base : defaults) {
            String name = base.getFileName().toString().replace(".properties", "");
            Properties german = load(base);
            for (String variant : List.of("_de", "_en")) {
                Path file = base.resolveSibling(name + variant + ".properties");
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                Properties other = load(file);
                Set<String> missing = new TreeSet<>(german.stringPropertyNames());
                missing.removeAll(other.stringPropertyNames());
                Set<String> extra = new TreeSet<>(other.stringPropertyNames());
                extra.removeAll(german.stringPropertyNames());
                missing.forEach(key -> problems.add(file + " lacks " + key));
                extra.forEach(key -> problems.add(base + " lacks " + key + " (only in " + variant + ")"));
                other.stringPropertyNames().stream()
                        .filter(key -> other.getProperty(key).isBlank())
                        .forEach(key -> problems.add(file + ": " + key + " is empty"));
            }
            german.stringPropertyNames().stream()
                    .filter(key -> german.getProperty(key).isBlank())
                    .forEach(key -> problems.add(base + ": " + key + " is empty"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyContentFileExistsInBothLanguages() throws IOException {
        Set<String> german = contentFiles("de");
        Set<String> english = contentFiles("en");

        assertThat(german).hasSizeGreaterThanOrEqualTo(40);
        assertThat(english).isEqualTo(german);
    }

    private static Set<String> contentFiles(String language) throws IOException {
        Path content = RESOURCES.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            return files.filter(Files::isRegularFile)
                    .map(content::relativize)
                    .map(Path::toString)
                    .filter(p -> p.contains("/" + language + "/"))
                    .map(p -> p.replace("/" + language + "/", "/{lang}/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Attributes that people read or hear, such as alternative texts and labels. */
    private static final List<String> READ_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder", "value");

    @Test
    void templatesShowNoTextOutsideTheBundles() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            templates = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(templates).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path template : templates) {
            Document document = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (replacedByThymeleaf(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String visible = text.text().strip();
                    if (hasWords(visible)) {
                        problems.add(RESOURCES.relativize(template) + ": text \"" + visible + "\" in <" + element.tagName() + ">");
                    }
                }
                for (String attribute : READ_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && hasWords(element.attr(attribute))
                            && !element.hasAttr("th:" + attribute) && !element.hasAttr("th:attr")) {
                        problems.add(RESOURCES.relativize(template) + ": attribute " + attribute + "=\""
                                + element.attr(attribute) + "\" in <" + element.tagName() + ">");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Whether Thymeleaf replaces or removes this element's content, or that of an ancestor. */
    private static boolean replacedByThymeleaf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove")) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
            if (e.tagName().equals("script") || e.tagName().equals("style") || e.tagName().equals("svg")) {
                return e.tagName().equals("script") || e.tagName().equals("style");
            }
        }
        return false;
    }

    private static boolean hasWords(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 2;
    }
}
