package de.kundenkontakt.quickcheck.app.operator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * Reads {@code .properties} configuration files written in UTF-8, such as an operator's
 * {@code ./config/operator.properties} with "Musterstraße" in it. Spring Boot reads these files as
 * ISO-8859-1, like {@link java.util.Properties#load(InputStream)}, which turns every umlaut of a
 * UTF-8 file into two wrong characters. This loader decodes a file as UTF-8 when it is valid UTF-8
 * and otherwise leaves it to Boot's ISO-8859-1 reading, so files saved in either encoding and
 * files with {@code \u00fc} escapes all work. Parsing stays Boot's own ({@link
 * PropertiesPropertySourceLoader}): the UTF-8 text is handed over with every non-ASCII character
 * written as a {@code \}{@code uXXXX} escape. Registered in {@code META-INF/spring.factories} ahead
 * of Boot's loader; immutable and thread-safe.
 */
public final class Utf8PropertiesPropertySourceLoader implements PropertySourceLoader, Ordered {

    private final PropertiesPropertySourceLoader delegate = new PropertiesPropertySourceLoader();

    @Override
    public String[] getFileExtensions() {
        return new String[] {"properties"};
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String escaped = escapedUtf8(bytes);
        if (escaped == null) {
            return delegate.load(name, resource);
        }
        return delegate.load(name, new ByteArrayResource(escaped.getBytes(StandardCharsets.ISO_8859_1),
                resource.getDescription()));
    }

    /**
     * The text of a UTF-8 file with every character beyond ASCII written as a properties escape, or
     * null when the bytes are plain ASCII (nothing to do) or not valid UTF-8 (an ISO-8859-1 file).
     */
    static String escapedUtf8(byte[] bytes) {
        boolean ascii = true;
        for (byte b : bytes) {
            ascii &= b >= 0;
        }
        String text = ascii ? null : strictUtf8(bytes);
        if (text == null) {
            return null;
        }
        return escaped(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
                backslashes = c == '\\' ? backslashes + 1 : 0;
                continue;
            }
            if (backslashes % 2 == 1) {
                // "\ä" stands for "ä"; drop the escaping backslash so that it does not escape ours.
                out.setLength(out.length() - 1);
            }
            out.append(String.format("\\u%04x", (int) c));
            backslashes = 0;
        }
        return out.toString();
    }
}
