package de.kundenkontakt.quickcheck.app.cli;

/** Runs a command of the command-line tool. Placeholder until the evaluate command lands. */
public final class CommandLine {

    private CommandLine() {}

    /** Runs the command and returns the exit status: 0 success, 1 bad input, 2 usage error. */
    public static int run(String[] args) {
        System.err.println("Unknown command: " + String.join(" ", args));
        return 2;
    }
}
