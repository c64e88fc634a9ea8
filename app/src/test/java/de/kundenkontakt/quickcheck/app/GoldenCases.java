package de.kundenkontakt.quickcheck.app;

import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The golden cases of {@code shared/golden/cases.jsonl}: requests and the rankings the published scripts gave. */
public final class GoldenCases {

    /** One expected place of a ranking: touchpoint id, percent with one decimal, recommendation id. */
    public record Expected(String touchpoint, String percent, String recommendation) {}

    /** One case: its line, the request (catalog and answers, without "expected") and the ranking. */
    public record Case(int line, String request, List<Expected> expected) {

        /** The catalogue id of the request. */
        public String catalog() {
            return MAPPER.readTree(request).get("catalog").asString();
        }

        /** The answers of the request: level id by question id, in file order. */
        public Map<String, String> answers() {
            Map<String, String> answers = new LinkedHashMap<>();
            MAPPER.readTree(request).get("answers").properties()
                    .forEach(e -> answers.put(e.getKey(), e.getValue().asString()));
            return answers;
        }

        /** The engine's evaluation of the request. */
        public Evaluation evaluate() {
            Catalog catalog = Catalogs.builtIn().find(catalog()).orElseThrow();
            return catalog.evaluate(Answers.complete(catalog, answers()));
        }

        @Override
        public String toString() {
            return "golden line " + line;
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GoldenCases() {}

    /** The shared folder, from the system property {@code quickcheck.shared} the build sets. */
    public static Path sharedFolder() {
        return SharedFolder.path();
    }

    /** Every case, in file order; never empty. */
    public static List<Case> all() {
        Path file = sharedFolder().resolve("golden/cases.jsonl");
        try {
            List<String> lines = Files.readAllLines(file);
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                ObjectNode node = (ObjectNode) MAPPER.readTree(lines.get(i));
                List<Expected> expected = new ArrayList<>();
                for (JsonNode each : node.get("expected")) {
                    expected.add(new Expected(
                            each.get("touchpoint").asString(),
                            each.get("percent").asString(),
                            each.get("recommendation").asString()));
                }
                node.remove("expected");
                cases.add(new Case(i + 1, MAPPER.writeValueAsString(node), expected));
            }
            if (cases.isEmpty()) {
                throw new IllegalStateException("no golden cases in " + file);
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The first case on the given catalogue, such as "2020". */
    public static Case first(String catalog) {
        return all().stream()
                .filter(c -> c.catalog().equals(catalog))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no golden case on catalogue " + catalog));
    }

    /** The ranking of a response as expected entries, with the percent as the JSON number's text. */
    public static List<Expected> ranking(JsonNode response) {
        List<Expected> actual = new ArrayList<>();
        for (JsonNode each : response.get("ranking")) {
            actual.add(new Expected(
                    each.get("touchpoint").asString(),
                    each.get("percent").numberValue().toString(),
                    each.get("recommendation").asString()));
        }
        return actual;
    }
}
