package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Private by design: templates, styles and scripts load nothing from another host. Links that a
 * person follows on purpose (an operator's contact URL) are data, not part of these files.
 */
class NoThirdPartyRequestsTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    /** Anything the browser fetches by itself: src, href of stylesheets/icons, CSS url(), imports, fetch. */
    private static final List<Pattern> LOADS = List.of(
            Pattern.compile("\\bsrc\\s*=\\s*\"\\s*(?:https?:)?//[^\"]*\"", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<link\\b[^>]*href\\s*=\\s*\"\\s*(?:https?:)?//[^\"]*\"", Pattern.CASE_INSENSITIVE),
            Pattern.compile("url\\(\\s*['\"]?\\s*(?:https?:)?//", Pattern.CASE_INSENSITIVE),
            Pattern.compile("@import\\s+(?:url\\()?['\"]?\\s*(?:https?:)?//", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bfetch\\(\\s*['\"`]\\s*(?:https?:)?//", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\baction\\s*=\\s*\"\\s*(?:https?:)?//[^\"]*\"", Pattern.CASE_INSENSITIVE));

    @Test
    void pagesStylesAndScriptsLoadNothingFromOtherHosts() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("templates", "static")) {
            try (Stream<Path> walk = Files.walk(RESOURCES.resolve(folder))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(html|css|js|svg)$"))
                        .forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(10);

        List<String> offenders = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (Pattern load : LOADS) {
                Matcher matcher = load.matcher(text);
                while (matcher.find()) {
                    offenders.add(RESOURCES.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theRulesRecogniseAnExternalLoad() {
        String page = "<link rel=\"stylesheet\" href=\"https://cdn.example.com/x.css\"><img src=\"//cdn.example.com/a.png\">";

        long found = LOADS.stream().filter(p -> p.matcher(page).find()).count();

        assertThat(found).isEqualTo(2);
    }
}
