package de.kundenkontakt.quickcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogLoaderTest {

    private static final String ROOT = "de/kundenkontakt/quickcheck/engine/catalogs/2022";
    private static final String[] FILES = {
        "catalog.properties", "questions.csv", "levels.csv", "recommendations.csv", "touchpoints.csv", "weights.csv"
    };

    /** The shipped 2022 files, with one file's text replaced by a change. */
    private static Map<String, String> shipped() {
        Map<String, String> files = new HashMap<>();
        CatalogSource source = CatalogSource.classpath(CatalogLoaderTest.class.getClassLoader(), ROOT);
        for (String file : FILES) {
            try {
                files.put(file, source.read(file).orElseThrow());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }

    private static Catalog load(Map<String, String> files) {
        return CatalogLoader.load(name -> Optional.ofNullable(files.get(name)));
    }

    @Test
    void loadsTheShippedCatalogueUnchanged() {
        Catalog catalog = load(shipped());

        assertThat(catalog.id()).isEqualTo("2022");
        assertThat(catalog.touchpoints()).extracting(Touchpoint::id).startsWith("augmented-reality", "bewertungsportale");
        assertThat(catalog.touchpoint("website").orElseThrow().phases())
                .containsExactly(JourneyPhase.INTEREST, JourneyPhase.DESIRE, JourneyPhase.ACTION,
                        JourneyPhase.LOYALTY, JourneyPhase.ADVOCACY);
        assertThat(catalog.weight(catalog.question("reichweite").orElseThrow(), catalog.touchpoint("blog").orElseThrow()))
                .isEqualTo(3);
    }

    static Stream<Arguments> brokenCatalogues() {
        return Stream.of(
                weightOfBlogForReichweite("4", "weight 4 is outside 0..3"),
                weightOfBlogForReichweite("-1", "weight -1 is outside 0..3"),
                weightOfBlogForReichweite("x", "\"x\" is not a whole number"),
                Arguments.of("weights.csv", "question,augmented-reality,", "question,augmented-realty,",
                        "weights.csv, column \"augmented-realty\": unknown touchpoint id"),
                Arguments.of("weights.csv", "\nreichweite,", "\nreichweit,",
                        "weights.csv, line 4, row \"reichweit\": unknown question id"),
                Arguments.of("weights.csv", "question,augmented-reality,bewertungsportale,",
                        "question,augmented-reality,augmented-reality,",
                        "weights.csv, column \"augmented-reality\": duplicate touchpoint id"),
                Arguments.of("questions.csv", "\nreichweite,", "\nvisualisierung,",
                        "questions.csv, line 6: duplicate question id \"visualisierung\""),
                Arguments.of("touchpoints.csv", "\nblog,Blog,Blog,2.4.3,0,1,", "\nblog,Blog,Blog,2.4.3,0,2,",
                        "touchpoints.csv, line 4, column \"interest\": \"2\" is neither 0 nor 1"),
                Arguments.of("levels.csv", "\nwichtig,4,", "\nwichtig,-4,",
                        "levels.csv, line 4, column \"points\": points -4 are negative"),
                Arguments.of("levels.csv", "\nwichtig,4,", "\nwichtig,vier,",
                        "levels.csv, line 4, column \"points\": \"vier\" is not a whole number"),
                // A row with two faults: the level's id is checked first, a recommendation's threshold first.
                Arguments.of("levels.csv", "\nwichtig,4,", "\n,-4,", "levels.csv, line 4, column \"id\": empty"),
                Arguments.of("recommendations.csv", "\nempfehlenswert,65,", "\n,101,",
                        "recommendations.csv, line 3, column \"min_percent\": 101 is outside 0..100"),
                Arguments.of("recommendations.csv", "\nempfehlenswert,65,", "\nempfehlenswert,-1,",
                        "recommendations.csv, line 3, column \"min_percent\": -1 is outside 0..100"),
                Arguments.of("recommendations.csv", "eher-uninteressant,0,", "eher-uninteressant,10,",
                        "no recommendation starts at 0 percent"));
    }

    /** The shipped catalogue with this weight of question "reichweite" for touchpoint "blog" (3). */
    private static Arguments weightOfBlogForReichweite(String weight, String problem) {
        return Arguments.of("weights.csv", "reichweite,1,2,3,", "reichweite,1,2," + weight + ",",
                "weights.csv, row \"reichweite\", column \"blog\": " + problem);
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("brokenCatalogues")
    void refusesABrokenCatalogueNamingTheCell(String file, String find, String replace, String message) {
        Map<String, String> files = shipped();
        assertThat(files.get(file)).contains(find);
        files.put(file, files.get(file).replaceFirst(java.util.regex.Pattern.quote(find), replace));

        assertThatThrownBy(() -> load(files)).isInstanceOf(CatalogException.class).hasMessageContaining(message);
    }

    @Test
    void refusesATouchpointWhoseWeightsAreAllZero() {
        Map<String, String> files = shipped();
        StringBuilder weights = new StringBuilder();
        // zero the column of "blog" (third touchpoint, fourth cell) in every row
        files.get("weights.csv").lines().forEach(line -> {
            String[] cells = line.split(",", -1);
            if (!cells[0].equals("question")) {
                cells[3] = "0";
            }
            weights.append(String.join(",", cells)).append('\n');
        });
        files.put("weights.csv", weights.toString());

        assertThatThrownBy(() -> load(files))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("weights.csv, column \"blog\": all weights are 0");
    }

    @Test
    void refusesACatalogueWithAMissingFile() {
        Map<String, String> files = shipped();
        files.remove("levels.csv");

        assertThatThrownBy(() -> load(files)).isInstanceOf(CatalogException.class).hasMessage("levels.csv is missing");
    }

    @Test
    void loadsFromADirectory(@TempDir Path directory) throws IOException {
        for (Map.Entry<String, String> file : shipped().entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }

        assertThat(CatalogLoader.load(CatalogSource.directory(directory)).touchpoints()).hasSize(23);
    }
}
