package de.kundenkontakt.quickcheck.app.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs a command of the command-line tool: {@code evaluate} or {@code help}. All text in and out
 * is UTF-8, whatever the platform's default.
 */
public final class CommandLine {

    /** Exit status: every input line was evaluated. */
    public static final int OK = 0;

    /** Exit status: at least one input line was bad (the others were still evaluated). */
    public static final int BAD_INPUT = 1;

    /** Exit status: the command line itself was wrong, or input or output could not be opened. */
    public static final int USAGE = 2;

    private CommandLine() {}

    /** Runs the command with the process's standard streams and returns the exit status. */
    public static int run(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    /**
     * Runs the command with the given streams and returns the exit status: {@link #OK},
     * {@link #BAD_INPUT} or {@link #USAGE}. Never exits the process.
     *
     * @param args the arguments, the command first, not null
     * @param in standard input, not null
     * @param out standard output, not null; flushed, not closed
     * @param err standard error, not null; flushed, not closed
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        picocli.CommandLine commandLine = new picocli.CommandLine(new QuickcheckCommand())
                .addSubcommand(new ServeCommand())
                .addSubcommand(new EvaluateCommand(in, out))
                .addSubcommand(new picocli.CommandLine.HelpCommand());
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        commandLine.setExitCodeExceptionMapper(e -> USAGE);
        commandLine.setParameterExceptionHandler((e, parsed) -> {
            picocli.CommandLine cmd = e.getCommandLine();
            PrintWriter usage = cmd.getErr();
            usage.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            picocli.CommandLine.UnmatchedArgumentException.printSuggestions(e, usage);
            usage.println("Try './" + cmd.getCommandSpec().qualifiedName() + " --help' for usage and an example.");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("quickcheck: " + e);
            return USAGE;
        });
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }
}
