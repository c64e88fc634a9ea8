package de.kundenkontakt.quickcheck.app.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import de.kundenkontakt.quickcheck.engine.SharedCopy;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our texts are written in our own words: no run of {@value GuideFingerprint#RUN} consecutive words
 * of the German content files or message bundles may stand in the guide. Literature citations are
 * exempt. The guide itself is not in the repository: its committed {@link GuideFingerprint} is.
 */
class GuideNotCopiedTest {

    @Test
    void noContentFileOrBundleRepeatsTheGuide() throws IOException {
        GuideFingerprint guide = GuideFingerprint.committed();
        assertThat(guide.size()).as("runs in the committed fingerprint").isGreaterThan(10_000);

        List<Path> ours = new ArrayList<>();
        Path resources = Path.of("src", "main", "resources");
        try (Stream<Path> files = Files.walk(resources)) {
            files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".properties"))
                    .filter(p -> !p.toString().contains(File.separator + "en" + File.separator))
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
            for (String run : GuideFingerprint.runs(GuideFingerprint.words(text.toString()))) {
                if (guide.contains(run)) {
                    copied.add(file + ": \"" + run + "\"");
                }
            }
        }
        assertThat(copied).as("word runs copied from the guide").isEmpty();
    }

    @Test
    void committedFingerprintIsTheGuidesWhereTheGuideIsThere() throws IOException {
        Optional<Path> seed = SharedCopy.sharedFolder().map(shared -> shared.resolve("seed")).filter(Files::isDirectory);
        if (seed.isEmpty()) {
            abort("skipped: ../shared/seed is not there, so the committed fingerprint cannot be compared with the guide");
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(seed.get())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).as("guide files in " + seed.get()).isNotEmpty();

        GuideFingerprint committed = GuideFingerprint.committed();
        GuideFingerprint current = GuideFingerprint.of(texts);
        assertThat(committed.text().equals(current.text()))
                .as("the committed %s is the guide's %s (remake it with scripts/guide-fingerprint)", committed, current)
                .isTrue();
    }
}
