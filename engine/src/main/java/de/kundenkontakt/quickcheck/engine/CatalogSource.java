package de.kundenkontakt.quickcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where the files of one catalogue version are read from: a class-path folder or a directory. */
@FunctionalInterface
public interface CatalogSource {

    /**
     * The text of the named file, UTF-8, or empty if there is no such file.
     *
     * @param fileName a plain file name such as "weights.csv", not null
     * @throws IOException if the file exists but cannot be read
     */
    Optional<String> read(String fileName) throws IOException;

    /** A source reading from the class-path folder {@code folder} (no leading slash) of the loader. */
    static CatalogSource classpath(ClassLoader loader, String folder) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(folder, "folder");
        return fileName -> {
            try (InputStream in = loader.getResourceAsStream(folder + "/" + fileName)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        };
    }

    /** A source reading from a directory of the file system. */
    static CatalogSource directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return fileName -> {
            Path file = directory.resolve(fileName);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        };
    }
}
