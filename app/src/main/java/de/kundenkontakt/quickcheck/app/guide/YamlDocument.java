package de.kundenkontakt.quickcheck.app.guide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One mapping read from a YAML content file, with accessors that insist on non-empty values and
 * name the file and key when one is missing.
 */
final class YamlDocument {

    private final String file;
    private final Map<?, ?> values;

    private YamlDocument(String file, Map<?, ?> values) {
        this.file = file;
        this.values = values;
    }

    /** Reads a class-path resource; fails with the file's name if it is missing or not a mapping. */
    static YamlDocument read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new ContentException(path + " is missing");
            }
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new ContentException(path + " is not a YAML mapping");
            }
            return new YamlDocument(path, map);
        } catch (IOException | YAMLException e) {
            throw new ContentException(path + " cannot be read: " + e.getMessage(), e);
        }
    }

    String file() {
        return file;
    }

    /** A non-blank text, stripped. */
    String text(String key) {
        Object value = values.get(key);
        if (value == null || value.toString().isBlank() || value instanceof Map || value instanceof List) {
            throw new ContentException(file + ": \"" + key + "\" is missing or empty");
        }
        return value.toString().strip();
    }

    /** A non-blank text split into paragraphs at blank lines. */
    List<String> paragraphs(String key) {
        return splitParagraphs(text(key));
    }

    /**
     * Folded blocks ({@code >}) turn a blank line into one line break; literal blocks ({@code |})
     * keep blank lines between paragraphs and line breaks inside them.
     */
    static List<String> splitParagraphs(String text) {
        String separator = text.strip().matches("(?s).*\\n\\s*\\n.*") ? "\\n\\s*\\n" : "\\n";
        return Arrays.stream(text.split(separator))
                .map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** A non-empty list of non-blank texts. */
    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (Object item : list(key)) {
            if (item == null || item instanceof Map || item instanceof List || item.toString().isBlank()) {
                throw new ContentException(file + ": \"" + key + "\" has an empty or nested item");
            }
            texts.add(item.toString().strip());
        }
        return texts;
    }

    /** The texts of a list that may be missing (then empty), but whose items must not be empty. */
    List<String> optionalTexts(String key) {
        return values.containsKey(key) ? texts(key) : List.of();
    }

    /** A non-empty list of mappings, each wrapped as a document of the same file. */
    List<YamlDocument> documents(String key) {
        List<YamlDocument> documents = new ArrayList<>();
        int index = 0;
        for (Object item : list(key)) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new ContentException(file + ": item " + (index + 1) + " of \"" + key + "\" is not a mapping");
            }
            documents.add(new YamlDocument(file + " (" + key + " #" + (index + 1) + ")", map));
            index++;
        }
        return documents;
    }

    /** A mapping under the key, wrapped as a document of the same file. */
    YamlDocument document(String key) {
        Object value = values.get(key);
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new ContentException(file + ": \"" + key + "\" is missing or not a mapping");
        }
        return new YamlDocument(file + " (" + key + ")", map);
    }

    /** The keys of this mapping, in file order. */
    List<String> keys() {
        return values.keySet().stream().map(String::valueOf).toList();
    }

    private List<?> list(String key) {
        Object value = values.get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new ContentException(file + ": \"" + key + "\" is missing or not a non-empty list");
        }
        return list;
    }
}
