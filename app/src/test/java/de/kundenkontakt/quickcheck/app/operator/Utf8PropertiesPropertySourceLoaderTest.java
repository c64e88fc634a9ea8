package de.kundenkontakt.quickcheck.app.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

class Utf8PropertiesPropertySourceLoaderTest {

    private final Utf8PropertiesPropertySourceLoader loader = new Utf8PropertiesPropertySourceLoader();

    private Object load(String text, Charset charset, String key) throws IOException {
        List<PropertySource<?>> sources = loader.load("test", new ByteArrayResource(text.getBytes(charset)));
        assertThat(sources).hasSize(1);
        return sources.get(0).getProperty(key);
    }

    @Test
    void readsUmlautsOfAUtf8File() throws IOException {
        String file = "# Straße\nquickcheck.operator.name=Bäckerei Größe & Söhne\nquickcheck.operator.address[0]=Hauptstraße 5\n";
        assertThat(load(file, StandardCharsets.UTF_8, "quickcheck.operator.name")).hasToString("Bäckerei Größe & Söhne");
        assertThat(load(file, StandardCharsets.UTF_8, "quickcheck.operator.address[0]")).hasToString("Hauptstraße 5");
    }

    @Test
    void stillReadsAnIso88591File() throws IOException {
        assertThat(load("name=Jürgen Müßig\n", StandardCharsets.ISO_8859_1, "name")).hasToString("Jürgen Müßig");
    }

    @Test
    void keepsUnicodeEscapesAndOtherEscapes() throws IOException {
        assertThat(load("name=M\\u00fcller\\tGmbH\n", StandardCharsets.UTF_8, "name")).hasToString("Müller\tGmbH");
        assertThat(load("name=Grüße \\\\ Ösen\n", StandardCharsets.UTF_8, "name")).hasToString("Grüße \\ Ösen");
        assertThat(load("name=\\ä\n", StandardCharsets.UTF_8, "name")).hasToString("ä");
    }

    @Test
    void ignoresAByteOrderMarkAndKeepsCharactersBeyondLatin1() throws IOException {
        assertThat(load("\uFEFFname=Łódź – “ok” €\n", StandardCharsets.UTF_8, "name")).hasToString("Łódź – “ok” €");
    }

    @Test
    void continuesLinesAsSpringBootDoes() throws IOException {
        assertThat(load("name=Erste Zeile, \\\n    zweite Zeile mit ü\n", StandardCharsets.UTF_8, "name"))
                .hasToString("Erste Zeile, zweite Zeile mit ü");
    }
}
