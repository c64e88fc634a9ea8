package de.kundenkontakt.quickcheck.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code ../shared/golden/cases.jsonl}, the expected results of the published scripts. */
final class GoldenCases {

    record Expected(String touchpoint, String percent, String recommendation) {}

    record Case(int line, String catalog, Map<String, String> answers, List<Expected> expected) {
        @Override
        public String toString() {
            return "line " + line + " (" + catalog + ")";
        }
    }

    private GoldenCases() {}

    static Path sharedFolder() {
        String configured = System.getProperty("quickcheck.shared");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(path)) {
            path = Path.of("..", "shared");
        }
        return path.toAbsolutePath().normalize();
    }

    static List<Case> all() {
        Path file = sharedFolder().resolve("golden/cases.jsonl");
        JsonMapper mapper = JsonMapper.builder().build();
        try {
            List<String> lines = Files.readAllLines(file);
            List<Case> cases = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(lines.get(i));
                Map<String, String> answers = new LinkedHashMap<>();
                node.get("answers").properties().forEach(e -> answers.put(e.getKey(), e.getValue().asString()));
                List<Expected> expected = new java.util.ArrayList<>();
                for (JsonNode each : node.get("expected")) {
                    expected.add(new Expected(
                            each.get("touchpoint").asString(),
                            each.get("percent").asString(),
                            each.get("recommendation").asString()));
                }
                cases.add(new Case(i + 1, node.get("catalog").asString(), answers, expected));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
