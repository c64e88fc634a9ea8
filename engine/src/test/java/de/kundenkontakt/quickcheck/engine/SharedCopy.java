package de.kundenkontakt.quickcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The project's own copy of the reference files that tests read (golden cases, the guide's
 * touchpoint table), kept in the test resources under {@value #FOLDER}/ with the same relative
 * paths as in {@code ../shared}. Tests read only the copy, so a clone of the project runs its tests
 * without {@code ../shared}; {@code SharedCopyTest} compares the copy with the original where it exists.
 * The engine's test jar carries the copy and this class to the application's tests.
 */
public final class SharedCopy {

    /** The classpath folder of the copy. */
    public static final String FOLDER = "shared-copy";

    private SharedCopy() {}

    /**
     * The lines of a copied file, without line ends.
     *
     * @param path the path relative to {@code ../shared}, such as {@code golden/cases.jsonl}; not null
     * @return never empty
     * @throws IllegalStateException when the project has no copy of that file
     */
    public static List<String> lines(String path) {
        String resource = "/" + FOLDER + "/" + path;
        try (InputStream in = SharedCopy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no copy of " + path + " in the test resources (" + resource + ")");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty()) {
                throw new IllegalStateException("the copy " + resource + " is empty");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The folder {@code shared} beside the project's root (the folder holding {@code .mvn}), when it
     * exists: the original of the copy, which developers and CI have and a bare clone has not.
     *
     * @return empty when there is no such folder
     */
    public static Optional<Path> sharedFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn"))) {
                Path shared = dir.resolveSibling("shared");
                return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
