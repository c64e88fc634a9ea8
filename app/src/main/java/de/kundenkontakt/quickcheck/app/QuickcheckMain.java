package de.kundenkontakt.quickcheck.app;

import de.kundenkontakt.quickcheck.app.account.AccountConsole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The jar's entry point. {@code serve} (the default) starts the web server; any other command is
 * handed to the command-line tool, which uses the engine directly and never starts Spring, so
 * that it starts in well under a second. Only the {@code user} commands, which need the
 * database, start a small Spring context without web server ({@link AccountConsole}).
 */
public final class QuickcheckMain {

    private QuickcheckMain() {}

    public static void main(String[] args) {
        if (args.length > 0 && isCommandLineTool(args[0])) {
            // a lambda, not a method reference: AccountConsole (and Spring) load only if a user command runs
            int status = de.kundenkontakt.quickcheck.app.cli.CommandLine.run(args, () -> AccountConsole.open());
            System.exit(status);
            return;
        }
        List<String> springArgs = new ArrayList<>(Arrays.asList(args));
        if (!springArgs.isEmpty() && springArgs.get(0).equals("serve")) {
            springArgs.remove(0);
        }
        QuickcheckApplication.main(translatePort(springArgs).toArray(String[]::new));
    }

    /** Whether the first argument names a command of the command-line tool rather than the server. */
    static boolean isCommandLineTool(String first) {
        return first.equals("--help") || first.equals("-h") || (!first.equals("serve") && !first.startsWith("-"));
    }

    /** Turns {@code --port N} into Spring's {@code --server.port=N}. */
    static List<String> translatePort(List<String> args) {
        List<String> translated = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--port") && i + 1 < args.size()) {
                translated.add("--server.port=" + args.get(++i));
            } else if (arg.startsWith("--port=")) {
                translated.add("--server.port=" + arg.substring("--port=".length()));
            } else {
                translated.add(arg);
            }
        }
        return translated;
    }
}
