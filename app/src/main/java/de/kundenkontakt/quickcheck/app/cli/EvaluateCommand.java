package de.kundenkontakt.quickcheck.app.cli;

import de.kundenkontakt.quickcheck.app.api.json.ApiJson;
import de.kundenkontakt.quickcheck.app.api.json.ApiMessages;
import de.kundenkontakt.quickcheck.app.api.json.EvaluationJson;
import de.kundenkontakt.quickcheck.app.api.json.EvaluationRequestReader;
import de.kundenkontakt.quickcheck.app.api.json.FieldProblem;
import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: reads one evaluation request per line (the body of {@code POST
 * /api/v1/evaluations}) and writes one response per good line, the same JSON the API returns.
 */
@Command(
        name = "evaluate",
        sortOptions = false,
        description = {
            "Evaluate answers in bulk, without starting the web server.",
            "Reads JSON lines, each the same object as the body of POST /api/v1/evaluations:",
            "  {\"catalog\": \"2022\", \"answers\": {\"<question id>\": \"<level id>\", ...}}",
            "and writes for each line one line with the same JSON as the API's response",
            "(ranking of all touchpoints with percent and recommendation).",
            "",
            "Blank lines are skipped. A bad line is reported on standard error as",
            "'line N: <field>: <what is wrong>' and writes nothing to the output; the other lines",
            "are still evaluated. Input and output are UTF-8.",
            "",
            "Exit status: 0 all lines evaluated, 1 at least one bad line, 2 usage error",
            "(unknown option, unknown --catalog or --lang, unreadable input, unwritable output)."
        },
        footer = {
            "",
            "Example:",
            "  echo '{\"answers\": {\"synchrone-kommunikation\": \"wichtig\", ... all 14 questions ...}}' \\",
            "    | ./quickcheck evaluate --lang en",
            "  ./quickcheck evaluate --catalog 2020 --input answers.jsonl --output rankings.jsonl",
            "",
            "Question and level ids: GET /api/v1/catalogs/2022 on a running server, or docs/decisions.md."
        })
final class EvaluateCommand implements Callable<Integer> {

    private final InputStream stdin;
    private final OutputStream stdout;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(
            names = "--catalog",
            paramLabel = "ID",
            description = "Catalogue for lines without \"catalog\" (default: the default catalogue, 2022).")
    String catalogId;

    @Option(names = "--input", paramLabel = "FILE", description = "Read from FILE instead of standard input.")
    Path input;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(
            names = "--lang",
            paramLabel = "de|en",
            defaultValue = "de",
            description = "Language of names, labels and error messages (default: ${DEFAULT-VALUE}).")
    String language;

    @Spec
    CommandSpec spec;

    EvaluateCommand(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!language.equals("de") && !language.equals("en")) {
            return usage(ApiMessages.of(Locale.GERMAN).get("cli.unknown-language", language));
        }
        Locale locale = Locale.forLanguageTag(language);
        ApiMessages messages = ApiMessages.of(locale);
        Catalogs catalogs = Catalogs.builtIn();
        Optional<Catalog> defaultCatalog =
                catalogId == null ? Optional.of(catalogs.defaultCatalog()) : catalogs.find(catalogId);
        if (defaultCatalog.isEmpty()) {
            return usage(messages.get("cli.unknown-catalog", catalogId, String.join(", ", catalogs.ids())));
        }
        InputStream in;
        try {
            in = input == null ? stdin : Files.newInputStream(input);
        } catch (IOException | SecurityException e) {
            return usage(messages.get("cli.unreadable-input", input, reason(e)));
        }
        OutputStream out;
        try {
            out = output == null ? stdout : Files.newOutputStream(output);
        } catch (IOException | SecurityException e) {
            closeQuietly(in);
            return usage(messages.get("cli.unwritable-output", output, reason(e)));
        }
        EvaluationRequestReader reader = new EvaluationRequestReader(catalogs);
        int lines = 0;
        int bad = 0;
        try (BufferedReader lineReader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = lineReader.readLine(); line != null; line = lineReader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                try {
                    Answers answers = reader.read(line, defaultCatalog.get());
                    writer.write(ApiJson.mapper()
                            .writeValueAsString(EvaluationJson.of(answers.catalog().evaluate(answers), locale)));
                    writer.write('\n');
                } catch (InvalidRequestException e) {
                    bad++;
                    for (FieldProblem problem : e.problems()) {
                        err.println(messages.get(
                                "cli.line", String.valueOf(number), problem.field(), messages.describe(problem)));
                    }
                }
            }
            writer.flush();
        } catch (IOException e) {
            err.println("quickcheck: " + reason(e));
            return CommandLine.USAGE;
        } finally {
            if (output != null) {
                closeQuietly(out);
            }
        }
        if (bad > 0) {
            err.println(messages.get("cli.summary", String.valueOf(bad), String.valueOf(lines)));
            return CommandLine.BAD_INPUT;
        }
        return CommandLine.OK;
    }

    private int usage(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("quickcheck evaluate: " + message);
        err.println("Try './quickcheck evaluate --help'.");
        return CommandLine.USAGE;
    }

    private String reason(Exception e) {
        ApiMessages messages = ApiMessages.of(Locale.forLanguageTag(language));
        if (e instanceof java.nio.file.NoSuchFileException) {
            return messages.get("cli.no-such-file");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return messages.get("cli.access-denied");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // nothing more to report
        }
    }
}
