package de.kundenkontakt.quickcheck.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationRequestReader;
import de.kundenkontakt.quickcheck.app.shared.FieldProblem;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.stream.IntStream;

/**
 * Evaluates the lines of one input in batches: the lines of a batch on all cores, their output in
 * input order. Counts the lines and the bad ones. Not thread-safe: one per run.
 */
final class LineBatches {

    /** Lines read, evaluated and written together; small enough to keep memory flat. */
    private static final int BATCH = 2048;

    private final EvaluationRequestReader reader;
    private final Catalog defaultCatalog;
    private final EvaluateCommand.Rows rows;
    private final String[] batch = new String[BATCH];
    private final Object[] results = new Object[BATCH];
    /** Non-blank lines read, and how many of them were bad. */
    int read;
    int bad;

    LineBatches(EvaluationRequestReader reader, Catalog defaultCatalog, EvaluateCommand.Rows rows) {
        this.reader = reader;
        this.defaultCatalog = defaultCatalog;
        this.rows = rows;
    }

    void evaluateAll(InputStream in, OutputStream out, Texts messages, PrintWriter err) throws IOException {
        try (BufferedReader lineReader = new BufferedReader(new InputStreamReader(in, UTF_8), 1 << 16)) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 1 << 16);
            if (rows.header() != null) {
                writer.write(rows.header());
                writer.write('\n');
            }
            int number = 0;
            for (int size = fill(lineReader); size > 0; size = size < BATCH ? 0 : fill(lineReader)) {
                int first = number + 1;
                // Lines are independent: evaluate a batch on all cores, then write it in input order.
                IntStream.range(0, size).parallel().forEach(i -> results[i] = evaluate(
                        batch[i], first + i, reader, defaultCatalog, rows));
                write(size, first, writer, messages, err);
                number += size;
            }
            writer.flush();
        }
    }

    private int fill(BufferedReader lineReader) throws IOException {
        int size = 0;
        String line;
        while (size < BATCH && (line = lineReader.readLine()) != null) {
            batch[size++] = line;
        }
        return size;
    }

    private void write(int size, int first, Writer writer, Texts messages, PrintWriter err)
            throws IOException {
        for (int i = 0; i < size; i++) {
            Object result = results[i];
            results[i] = null;
            if (result == null) {
                continue;
            }
            read++;
            if (result instanceof InvalidRequestException e) {
                bad++;
                for (FieldProblem problem : e.problems()) {
                    err.println(messages.get(
                            "cli.line", String.valueOf(first + i), problem.field(), problem.message(messages)));
                }
            } else {
                writer.write((String) result);
            }
        }
    }

    /**
     * One input line's result: null for a blank line, the problems of a bad one, else its output.
     */
    private static Object evaluate(
            String line, int number, EvaluationRequestReader reader, Catalog defaultCatalog, EvaluateCommand.Rows rows) {
        if (line.isBlank()) {
            return null;
        }
        try {
            Answers answers = reader.read(line, defaultCatalog);
            StringBuilder out = new StringBuilder(256);
            rows.append(number, answers.catalog().evaluate(answers), out);
            return out.toString();
        } catch (InvalidRequestException e) {
            return e;
        }
    }
}
