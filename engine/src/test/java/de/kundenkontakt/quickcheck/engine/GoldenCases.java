package de.kundenkontakt.quickcheck.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden cases ({@code golden/cases.jsonl} of the {@link SharedCopy}): answer sets and the
 * rankings the published scripts gave for them. The application's tests read them through this class too.
 */
public final class GoldenCases {

    /** One place of a ranking: touchpoint id, percent with one decimal, recommendation id. */
    public record Expected(String touchpoint, String percent, String recommendation) {}

    /** One case: its line in the file, the catalogue id, the answers (level id by question id, in file order) and the ranking. */
    public record Case(int line, String catalog, Map<String, String> answers, List<Expected> expected) {
        @Override
        public String toString() {
            return "line " + line + " (" + catalog + ")";
        }
    }

    private GoldenCases() {}

    /** Every case, in file order; never empty. */
    public static List<Case> all() {
        JsonMapper mapper = JsonMapper.builder().build();
        List<String> lines = SharedCopy.lines("golden/cases.jsonl");
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(lines.get(i));
            Map<String, String> answers = new LinkedHashMap<>();
            node.get("answers").properties().forEach(e -> answers.put(e.getKey(), e.getValue().asString()));
            List<Expected> expected = new ArrayList<>();
            for (JsonNode each : node.get("expected")) {
                expected.add(new Expected(
                        each.get("touchpoint").asString(),
                        each.get("percent").asString(),
                        each.get("recommendation").asString()));
            }
            cases.add(new Case(i + 1, node.get("catalog").asString(), answers, expected));
        }
        return cases;
    }
}
