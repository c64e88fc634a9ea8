package de.kundenkontakt.quickcheck.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared} (reference model, golden cases, guide) for tests. */
public final class SharedFolder {

    private SharedFolder() {}

    /** The shared folder; the build passes it as system property {@code quickcheck.shared}. */
    public static Path path() {
        String configured = System.getProperty("quickcheck.shared");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path candidate : new Path[] {Path.of("..", "..", "shared"), Path.of("..", "shared")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("../shared not found; set -Dquickcheck.shared=<path>");
    }
}
