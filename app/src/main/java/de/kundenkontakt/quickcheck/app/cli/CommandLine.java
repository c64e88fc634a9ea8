package de.kundenkontakt.quickcheck.app.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Runs a command of the command-line tool: {@code evaluate}, {@code user add}, {@code user token}
 * or {@code help}. All text in and out
 * is UTF-8, whatever the platform's default. Help and messages are German or English: {@code
 * --lang de|en} if given, else the environment ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}),
 * else German; the texts come from the bundle {@code i18n/cli}.
 */
public final class CommandLine {

    /** Exit status: every input line was evaluated. */
    public static final int OK = 0;

    /** Exit status: at least one input line was bad (the others were still evaluated). */
    public static final int BAD_INPUT = 1;

    /** Exit status: the command line itself was wrong, or input or output could not be opened. */
    public static final int USAGE = 2;

    private CommandLine() {}

    /**
     * Runs the command with the process's standard streams, environment and terminal and returns
     * the exit status.
     *
     * @param users opens the accounts for the {@code user} commands, not null
     */
    public static int run(String[] args, UserDirectory.Opener users) {
        return run(args, System::getenv, System.in, System.out, System.err, users, PasswordPrompt.terminal());
    }

    /**
     * Runs the command with the process's environment and the given streams and returns the exit
     * status; see {@link #run(String[], UnaryOperator, InputStream, PrintStream, PrintStream)}.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, System::getenv, in, out, err);
    }

    /**
     * Runs the command without accounts (a {@code user} command reports that it cannot open
     * them) and returns the exit status; see {@link #run(String[], UnaryOperator, InputStream,
     * PrintStream, PrintStream, UserDirectory.Opener, PasswordPrompt)}.
     */
    public static int run(
            String[] args, UnaryOperator<String> environment, InputStream in, PrintStream out, PrintStream err) {
        return run(args, environment, in, out, err, () -> {
            throw new UserDirectory.Problem("account.cli.unavailable", List.of());
        }, prompt -> null);
    }

    /**
     * Runs the command with the given environment and streams and returns the exit status: {@link
     * #OK}, {@link #BAD_INPUT} or {@link #USAGE}. Never exits the process and never changes the
     * JVM's default locale.
     *
     * @param args the arguments, the command first, not null
     * @param environment the value of an environment variable by name, or null if unset; not null
     * @param in standard input, not null
     * @param out standard output, not null; flushed, not closed
     * @param err standard error, not null; flushed, not closed
     * @param users opens the accounts for the {@code user} commands, not null
     * @param prompt asks for a password on the terminal, not null
     */
    public static int run(
            String[] args,
            UnaryOperator<String> environment,
            InputStream in,
            PrintStream out,
            PrintStream err,
            UserDirectory.Opener users,
            PasswordPrompt prompt) {
        Locale environmentLanguage = CliTexts.languageOfEnvironment(environment);
        CliTexts texts = CliTexts.of(CliTexts.languageOfArguments(args).orElse(environmentLanguage));
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        picocli.CommandLine commandLine = new picocli.CommandLine(new QuickcheckCommand())
                .addSubcommand(new ServeCommand(texts))
                .addSubcommand(new EvaluateCommand(in, out, environmentLanguage))
                .addSubcommand(userCommand(users, environment, prompt, environmentLanguage))
                .addSubcommand(new HelpCommand(texts));
        commandLine.setResourceBundle(texts.bundle());
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        commandLine.setExitCodeExceptionMapper(e -> USAGE);
        commandLine.setParameterExceptionHandler((e, parsed) -> reportWrongCall(e, texts));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("quickcheck: " + texts.get("error.unexpected", String.valueOf(e)));
            return USAGE;
        });
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** A wrong call in this language with picocli's suggestions and the way to help: exit status {@link #USAGE}. */
    private static int reportWrongCall(picocli.CommandLine.ParameterException e, CliTexts texts) {
        String name = e.getCommandLine().getCommandSpec().qualifiedName();
        PrintWriter usage = e.getCommandLine().getErr();
        usage.println(name + ": " + texts.describe(e));
        texts.suggestions(e).ifPresent(usage::println);
        usage.println(texts.get("error.try-help", name));
        return USAGE;
    }

    private static picocli.CommandLine userCommand(
            UserDirectory.Opener users, UnaryOperator<String> environment, PasswordPrompt prompt, Locale language) {
        UserCommands commands = new UserCommands(users, language);
        return new picocli.CommandLine(new UserCommand())
                .addSubcommand(new UserAddCommand(commands, environment, prompt))
                .addSubcommand(new UserTokenCommand(commands));
    }
}
