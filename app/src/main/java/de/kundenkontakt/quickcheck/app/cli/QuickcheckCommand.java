package de.kundenkontakt.quickcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level command: lists the commands when run without one. */
@Command(
        name = "quickcheck",
        description = {
            "Quickcheck Digitaler Kundenkontakt: ranks the 23 digital customer touchpoints for a company's answers.",
            "Without a command, ./quickcheck starts the web server (the same as 'serve')."
        },
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footer = {
            "",
            "Examples:",
            "  ./quickcheck serve --port 9090",
            "  ./quickcheck evaluate --input answers.jsonl --output rankings.jsonl",
            "  ./quickcheck help evaluate"
        })
final class QuickcheckCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.USAGE;
    }
}
