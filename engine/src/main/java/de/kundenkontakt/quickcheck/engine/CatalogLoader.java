package de.kundenkontakt.quickcheck.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Reads and validates one catalogue version from its files:
 * <ul>
 *   <li>{@code catalog.properties}: {@code id}, {@code title_de}, {@code title_en}, optionally
 *       {@code entry_cost_question} and {@code running_cost_question};
 *   <li>{@code questions.csv}: {@code id,topic_de,topic_en,hint_de,hint_en} in catalogue order;
 *   <li>{@code levels.csv}: {@code id,points,label_de,label_en} from lowest to highest;
 *   <li>{@code recommendations.csv}: {@code id,min_percent,label_de,label_en};
 *   <li>{@code touchpoints.csv}: {@code id,name_de,name_en,guide_chapter} and one 0/1 column per
 *       journey phase ({@code attention} … {@code advocacy});
 *   <li>{@code weights.csv}: a row per question, a column per touchpoint in catalogue order.
 * </ul>
 * Every error names the file and the cell.
 */
public final class CatalogLoader {

    private CatalogLoader() {}

    /**
     * Loads the catalogue.
     *
     * @param source where its files are, not null
     * @throws CatalogException naming the file and cell that are wrong, or the file that is missing
     */
    public static Catalog load(CatalogSource source) {
        Properties properties = properties(source);
        String id = required(properties, "id");
        LocalizedText title = new LocalizedText(required(properties, "title_de"), required(properties, "title_en"));
        List<Question> questions = questions(table(source, "questions.csv"));
        List<AnswerLevel> levels = levels(table(source, "levels.csv"));
        List<Recommendation> recommendations = recommendations(table(source, "recommendations.csv"));
        Map<String, TouchpointRow> touchpointRows = touchpoints(table(source, "touchpoints.csv"));
        Csv.Table weightsTable = table(source, "weights.csv");
        List<Touchpoint> touchpoints = touchpointsByColumn(weightsTable.header(), touchpointRows);
        int[][] weights = weights(weightsTable, questions, touchpoints);
        try {
            Catalog catalog = Catalog.of(id, title, questions, levels, touchpoints, weights, recommendations);
            return withCostQuestions(catalog, properties);
        } catch (IllegalArgumentException e) {
            throw new CatalogException("catalogue " + id + ": " + e.getMessage(), e);
        }
    }

    /** The touchpoints in the order of the weight columns; each of touchpoints.csv has exactly one column. */
    private static List<Touchpoint> touchpointsByColumn(List<String> header, Map<String, TouchpointRow> rows) {
        if (header.isEmpty() || !"question".equals(header.get(0))) {
            throw new CatalogException("weights.csv: first column must be \"question\"");
        }
        List<Touchpoint> touchpoints = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int column = 1; column < header.size(); column++) {
            String touchpointId = header.get(column);
            TouchpointRow row = rows.get(touchpointId);
            if (row == null) {
                throw new CatalogException(
                        "weights.csv, column \"" + touchpointId + "\": unknown touchpoint id (not in touchpoints.csv)");
            }
            if (!seen.add(touchpointId)) {
                throw new CatalogException("weights.csv, column \"" + touchpointId + "\": duplicate touchpoint id");
            }
            touchpoints.add(new Touchpoint(touchpointId, column - 1, row.name(), row.chapter(), row.phases()));
        }
        for (String touchpointId : rows.keySet()) {
            if (!seen.contains(touchpointId)) {
                throw new CatalogException(
                        "touchpoints.csv, touchpoint \"" + touchpointId + "\": has no column in weights.csv");
            }
        }
        return touchpoints;
    }

    /** {@code weights[question][touchpoint]}, one row per question, every weight in range, no column all 0. */
    private static int[][] weights(Csv.Table table, List<Question> questions, List<Touchpoint> touchpoints) {
        Map<String, Integer> questionPositions = new HashMap<>();
        questions.forEach(q -> questionPositions.put(q.id(), q.position()));
        int[][] weights = new int[questions.size()][];
        for (Csv.Row row : table.rows()) {
            String questionId = row.cells().get(0);
            Integer position = questionPositions.get(questionId);
            String where = "weights.csv, line " + row.line() + ", row \"" + questionId + "\"";
            if (position == null) {
                throw new CatalogException(where + ": unknown question id (not in questions.csv)");
            }
            if (weights[position] != null) {
                throw new CatalogException(where + ": duplicate question id");
            }
            weights[position] = weightRow(table.header(), row, questionId);
        }
        for (Question question : questions) {
            if (weights[question.position()] == null) {
                throw new CatalogException("weights.csv: no row for question \"" + question.id() + "\"");
            }
        }
        for (Touchpoint touchpoint : touchpoints) {
            if (Arrays.stream(weights).allMatch(row -> row[touchpoint.position()] == 0)) {
                throw new CatalogException(
                        "weights.csv, column \"" + touchpoint.id()
                                + "\": all weights are 0, so the touchpoint can never be scored");
            }
        }
        return weights;
    }

    private static int[] weightRow(List<String> header, Csv.Row row, String questionId) {
        int[] values = new int[header.size() - 1];
        for (int column = 1; column < header.size(); column++) {
            String where = "weights.csv, row \"" + questionId + "\", column \"" + header.get(column) + "\"";
            int weight = integer(where, row.cells().get(column));
            if (weight < Catalog.MIN_WEIGHT || weight > Catalog.MAX_WEIGHT) {
                throw new CatalogException(
                        where + ": weight " + weight + " is outside " + Catalog.MIN_WEIGHT + ".." + Catalog.MAX_WEIGHT);
            }
            values[column - 1] = weight;
        }
        return values;
    }

    private static Catalog withCostQuestions(Catalog catalog, Properties properties) {
        String entry = properties.getProperty("entry_cost_question");
        String running = properties.getProperty("running_cost_question");
        if (entry == null && running == null) {
            return catalog;
        }
        if (entry == null || running == null) {
            throw new CatalogException(
                    "catalog.properties: name both entry_cost_question and running_cost_question, or neither");
        }
        return catalog.withCostQuestions(entry.strip(), running.strip());
    }

    private record TouchpointRow(LocalizedText name, String chapter, Set<JourneyPhase> phases) {}

    private static Properties properties(CatalogSource source) {
        String text = read(source, "catalog.properties");
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new CatalogException("catalog.properties cannot be read: " + e.getMessage(), e);
        }
        return properties;
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new CatalogException("catalog.properties: \"" + key + "\" is missing");
        }
        return value.strip();
    }

    private static String read(CatalogSource source, String file) {
        try {
            return source.read(file).orElseThrow(() -> new CatalogException(file + " is missing"));
        } catch (IOException e) {
            throw new CatalogException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Csv.Table table(CatalogSource source, String file) {
        return Csv.parse(file, read(source, file));
    }

    private static List<Question> questions(Csv.Table table) {
        int id = table.column("id");
        TextColumns topic = TextColumns.of(table, "topic");
        TextColumns hint = TextColumns.of(table, "hint");
        List<Question> questions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Csv.Row row : table.rows()) {
            String questionId = nonBlank(table, row, id);
            if (!seen.add(questionId)) {
                throw new CatalogException(
                        table.file() + ", line " + row.line() + ": duplicate question id \"" + questionId + "\"");
            }
            questions.add(new Question(
                    questionId,
                    questions.size(),
                    topic.in(row),
                    hint.in(row)));
        }
        return questions;
    }

    private static List<AnswerLevel> levels(Csv.Table table) {
        int id = table.column("id");
        int points = table.column("points");
        TextColumns label = TextColumns.of(table, "label");
        List<AnswerLevel> levels = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            String levelId = nonBlank(table, row, id);
            int value = integer(table, row, points, v -> v >= 0, v -> "points " + v + " are negative");
            levels.add(new AnswerLevel(levelId, value, label.in(row)));
        }
        return levels;
    }

    private static List<Recommendation> recommendations(Csv.Table table) {
        int id = table.column("id");
        int minimum = table.column("min_percent");
        TextColumns label = TextColumns.of(table, "label");
        List<Recommendation> recommendations = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            int value = integer(table, row, minimum, v -> v >= 0 && v <= 100, v -> v + " is outside 0..100");
            recommendations.add(new Recommendation(nonBlank(table, row, id), value, label.in(row)));
        }
        return recommendations;
    }

    private static Map<String, TouchpointRow> touchpoints(Csv.Table table) {
        int id = table.column("id");
        TextColumns name = TextColumns.of(table, "name");
        int chapter = table.column("guide_chapter");
        Map<String, TouchpointRow> rows = new java.util.LinkedHashMap<>();
        for (Csv.Row row : table.rows()) {
            String touchpointId = nonBlank(table, row, id);
            Set<JourneyPhase> phases = EnumSet.noneOf(JourneyPhase.class);
            for (JourneyPhase phase : JourneyPhase.values()) {
                int column = table.column(phase.id());
                String flag = row.cells().get(column);
                if ("1".equals(flag)) {
                    phases.add(phase);
                } else if (!"0".equals(flag)) {
                    throw new CatalogException(cell(table, row, column) + ": \"" + flag + "\" is neither 0 nor 1");
                }
            }
            TouchpointRow previous = rows.put(
                    touchpointId,
                    new TouchpointRow(
                            name.in(row),
                            row.cells().get(chapter),
                            phases));
            if (previous != null) {
                throw new CatalogException(
                        table.file() + ", line " + row.line() + ": duplicate touchpoint id \"" + touchpointId + "\"");
            }
        }
        return rows;
    }

    /** The columns {@code <name>_de} and {@code <name>_en} that hold one text in both languages. */
    private record TextColumns(Csv.Table table, int german, int english) {

        static TextColumns of(Csv.Table table, String name) {
            return new TextColumns(table, table.column(name + "_de"), table.column(name + "_en"));
        }

        /** The row's text in both languages; fails if either is empty. */
        LocalizedText in(Csv.Row row) {
            return new LocalizedText(nonBlank(table, row, german), nonBlank(table, row, english));
        }
    }

    private static String cell(Csv.Table table, Csv.Row row, int column) {
        return table.file() + ", line " + row.line() + ", column \"" + table.header().get(column) + "\"";
    }

    private static String nonBlank(Csv.Table table, Csv.Row row, int column) {
        String value = row.cells().get(column);
        if (value.isBlank()) {
            throw new CatalogException(cell(table, row, column) + ": empty");
        }
        return value;
    }

    /** The whole number in this cell; {@code problem} says what is wrong with one the column does not allow. */
    private static int integer(Csv.Table table, Csv.Row row, int column, IntPredicate allowed, IntFunction<String> problem) {
        int value = integer(cell(table, row, column), row.cells().get(column));
        if (!allowed.test(value)) {
            throw new CatalogException(cell(table, row, column) + ": " + problem.apply(value));
        }
        return value;
    }

    private static int integer(String where, String cell) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            throw new CatalogException(where + ": \"" + cell + "\" is not a whole number", e);
        }
    }
}
