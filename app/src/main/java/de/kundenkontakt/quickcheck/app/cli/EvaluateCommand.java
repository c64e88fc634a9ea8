package de.kundenkontakt.quickcheck.app.cli;

import de.kundenkontakt.quickcheck.app.api.json.ApiJson;
import de.kundenkontakt.quickcheck.app.api.json.ApiMessages;
import de.kundenkontakt.quickcheck.app.api.json.FieldProblem;
import de.kundenkontakt.quickcheck.app.api.json.InvalidRequestException;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationJson;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationRequestReader;
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
@Command(name = "evaluate", sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {

    private final InputStream stdin;
    private final OutputStream stdout;
    private final Locale environmentLanguage;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "option.help")
    boolean help;

    @Option(
            names = "--catalog",
            paramLabel = "ID",
            descriptionKey = "option.catalog")
    String catalogId;

    @Option(names = "--input", paramLabel = "${bundle:label.file}", descriptionKey = "option.input")
    Path input;

    @Option(names = "--output", paramLabel = "${bundle:label.file}", descriptionKey = "option.output")
    Path output;

    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "option.lang")
    String language;

    @Spec
    CommandSpec spec;

    /**
     * @param stdin standard input, not null
     * @param stdout standard output, not null
     * @param environmentLanguage the language when there is no {@code --lang}, not null
     */
    EvaluateCommand(InputStream stdin, OutputStream stdout, Locale environmentLanguage) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.environmentLanguage = environmentLanguage;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (language != null && !language.equals("de") && !language.equals("en")) {
            return usage(ApiMessages.of(environmentLanguage).get("cli.unknown-language", language));
        }
        Locale locale = locale();
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
        String name = spec.qualifiedName();
        err.println(name + ": " + message);
        err.println(CliTexts.of(locale()).get("error.try-help", name));
        return CommandLine.USAGE;
    }

    private String reason(Exception e) {
        ApiMessages messages = ApiMessages.of(locale());
        if (e instanceof java.nio.file.NoSuchFileException) {
            return messages.get("cli.no-such-file");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return messages.get("cli.access-denied");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The language of the output and the messages: a valid {@code --lang}, else the environment's. */
    private Locale locale() {
        return "de".equals(language) || "en".equals(language) ? Locale.forLanguageTag(language) : environmentLanguage;
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // nothing more to report
        }
    }
}
