package de.kundenkontakt.quickcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Documents {@code serve} in the help. The jar's main class starts the server itself before the
 * command-line tool is involved, so that this package stays free of Spring.
 */
@Command(name = "serve", sortOptions = false)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "option.port")
    Integer port;

    @Spec
    CommandSpec spec;

    private final CliTexts texts;

    ServeCommand(CliTexts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        spec.commandLine()
                .getErr()
                .println("quickcheck: "
                        + texts.get("error.serve-by-launcher"));
        return CommandLine.USAGE;
    }
}
