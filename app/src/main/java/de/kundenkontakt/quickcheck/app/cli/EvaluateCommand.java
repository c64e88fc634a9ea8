package de.kundenkontakt.quickcheck.app.cli;

import de.kundenkontakt.quickcheck.app.api.json.ApiJson;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationJson;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationJsonModule;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationRequestReader;
import de.kundenkontakt.quickcheck.app.result.json.EvaluationResponse;
import de.kundenkontakt.quickcheck.app.shared.Violations;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate}: reads one evaluation request per line (the body of {@code POST
 * /api/v1/evaluations}) and writes one result per good line: the same JSON the API returns (the
 * default), the ranking without contributions ({@code --format summary}, like {@code
 * ?fields=ranking}) or a CSV row of percents ({@code --format csv}, see {@link PercentCsv}).
 * Output is streamed in input order; lines are evaluated in parallel batches.
 */
@Command(name = "evaluate", sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("json", "csv", "summary");

    /**
     * Hibernate Validator, which checks each line, announces itself at INFO through JBoss Logging,
     * which would pick Logback and print to standard output. The tool's output streams carry
     * results and problems only: its logging goes to java.util.logging, warnings and worse.
     */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    static {
        System.setProperty("org.jboss.logging.provider", "jdk");
        VALIDATOR_LOG.setLevel(Level.WARNING);
    }

    /** The API's JSON settings, with the direct writer for evaluations that the API uses too. */
    private static final JsonMapper JSON =
            ApiJson.mapper().rebuild().addModule(new EvaluationJsonModule()).build();

    private final InputStream stdin;
    private final OutputStream stdout;
    private final Locale environmentLanguage;

    @Mixin
    HelpOption help;

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

    @Option(names = "--format", paramLabel = "json|csv|summary", descriptionKey = "option.format")
    String format = "json";

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
    public Integer call() {
        if (language != null && !language.equals("de") && !language.equals("en")) {
            return usage(Texts.of(environmentLanguage).get("cli.unknown-language", language));
        }
        Texts messages = Texts.of(locale());
        if (!FORMATS.contains(format)) {
            return usage(messages.get("cli.unknown-format", format));
        }
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
        LineBatches lines = new LineBatches(new EvaluationRequestReader(catalogs, Violations.plainValidator()),
                defaultCatalog.get(), rows(catalogs, defaultCatalog.get(), locale()));
        return evaluate(lines, in, out, messages);
    }

    private int evaluate(LineBatches lines, InputStream in, OutputStream out, Texts messages) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            lines.evaluateAll(in, out, messages, err);
        } catch (IOException e) {
            err.println("quickcheck: " + reason(e));
            return CommandLine.USAGE;
        } finally {
            if (output != null) {
                closeQuietly(out);
            }
        }
        if (lines.bad > 0) {
            err.println(messages.get("cli.summary", String.valueOf(lines.bad), String.valueOf(lines.read)));
            return CommandLine.BAD_INPUT;
        }
        return CommandLine.OK;
    }

    /** How each evaluation becomes output: an optional header and one row per good line. */
    interface Rows {
        /** The first line of the output without its line end, or null for none. */
        String header();

        /** Appends the output of one good line, with its line end. */
        void append(int line, Evaluation evaluation, StringBuilder out);
    }

    private Rows rows(Catalogs catalogs, Catalog first, Locale locale) {
        return switch (format) {
            case "csv" -> {
                PercentCsv csv = new PercentCsv(catalogs, first);
                yield new Rows() {
                    @Override
                    public String header() {
                        return csv.header();
                    }

                    @Override
                    public void append(int line, Evaluation evaluation, StringBuilder out) {
                        csv.appendRow(line, evaluation, out);
                    }
                };
            }
            case "summary" -> json(evaluation -> EvaluationJson.ranking(evaluation, locale));
            default -> json(evaluation -> EvaluationJson.of(evaluation, locale));
        };
    }

    private static Rows json(Function<Evaluation, EvaluationResponse> response) {
        return new Rows() {
            @Override
            public String header() {
                return null;
            }

            @Override
            public void append(int line, Evaluation evaluation, StringBuilder out) {
                out.append(JSON.writeValueAsString(response.apply(evaluation))).append('\n');
            }
        };
    }

    private int usage(String message) {
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        err.println(name + ": " + message);
        err.println(CliTexts.of(locale()).get("error.try-help", name));
        return CommandLine.USAGE;
    }

    private String reason(Exception e) {
        Texts messages = Texts.of(locale());
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
