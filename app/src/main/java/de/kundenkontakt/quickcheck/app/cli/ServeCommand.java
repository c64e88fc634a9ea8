package de.kundenkontakt.quickcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Documents {@code serve} in the help. The jar's main class starts the server itself before the
 * command-line tool is involved, so that this package stays free of Spring.
 */
@Command(
        name = "serve",
        description = "Start the web server (pages, REST API at /api/v1, API docs at /api-docs). "
                + "This is the default when no command is given.",
        footer = {"", "Example:", "  ./quickcheck serve --port 9090      (or: PORT=9090 ./quickcheck)"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default: $PORT or 8080).")
    Integer port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("quickcheck: 'serve' is started by the launcher: ./quickcheck serve");
        return CommandLine.USAGE;
    }
}
