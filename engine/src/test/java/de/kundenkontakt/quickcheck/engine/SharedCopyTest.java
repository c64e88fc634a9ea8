package de.kundenkontakt.quickcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's copy of the reference files still equals {@code ../shared} wherever that exists (as in CI). */
class SharedCopyTest {

    /** Every copied file, as its path relative to the copy's folder (= relative to {@code ../shared}). */
    static Stream<String> copiedFiles() throws IOException, URISyntaxException {
        Path copy = Path.of(SharedCopy.class.getResource("/" + SharedCopy.FOLDER).toURI());
        try (Stream<Path> files = Files.walk(copy)) {
            List<String> paths = files.filter(Files::isRegularFile)
                    .map(file -> copy.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            assertThat(paths).contains("golden/cases.jsonl");
            return paths.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copiedFiles")
    void copyEqualsTheOriginalInTheSharedFolder(String path) throws IOException {
        Optional<Path> original = SharedCopy.sharedFolder().map(shared -> shared.resolve(path)).filter(Files::isRegularFile);
        if (original.isEmpty()) {
            abort("skipped: ../shared/" + path + " is not there, so the project's copy cannot be compared with it");
        }
        // line ends aside: the repository stores text with LF (.gitattributes)
        assertThat(SharedCopy.lines(path))
                .as("the copy of %s (update it with: cp %s %s)", path, original.get(),
                        "engine/src/test/resources/" + SharedCopy.FOLDER + "/" + path)
                .containsExactlyElementsOf(Files.readString(original.get()).lines().toList());
    }
}
