package de.kundenkontakt.quickcheck.app.guide;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.SharedFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our texts are written in our own words: no run of {@value #RUN} consecutive words of the German
 * content files or message bundles may stand in the guide. Literature citations are exempt.
 */
class GuideNotCopiedTest {

    static final int RUN = 8;

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.GERMAN).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static Set<String> runs(List<String> words) {
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    @Test
    void noContentFileOrBundleRepeatsTheGuide() throws IOException {
        Path seed;
        try (Stream<Path> files = Files.list(SharedFolder.path().resolve("seed"))) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        Set<String> guide = runs(words(Files.readString(seed, StandardCharsets.UTF_8)));

        List<Path> ours = new ArrayList<>();
        Path resources = Path.of("src", "main", "resources");
        try (Stream<Path> files = Files.walk(resources)) {
            files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".properties"))
                    .filter(p -> !p.toString().contains(java.io.File.separator + "en" + java.io.File.separator))
                    .filter(p -> !p.getFileName().toString().endsWith("_en.properties"))
                    .forEach(ours::add);
        }
        assertThat(ours).hasSizeGreaterThan(30);

        List<String> copied = new ArrayList<>();
        for (Path file : ours) {
            StringBuilder text = new StringBuilder();
            boolean inLiterature = false;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("literature:")) {
                    inLiterature = true;
                } else if (!line.startsWith(" ") && !line.startsWith("-")) {
                    inLiterature = false;
                }
                if (!inLiterature) {
                    text.append(line).append('\n');
                }
            }
            for (String run : runs(words(text.toString()))) {
                if (guide.contains(run)) {
                    copied.add(file + ": \"" + run + "\"");
                }
            }
        }
        assertThat(copied).as("word runs copied from the guide").isEmpty();
    }
}
