package de.kundenkontakt.quickcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code help [COMMAND]}: the list of commands, or the help of one. Replaces picocli's own help
 * command, whose messages are English only.
 */
@Command(name = "help", helpCommand = true, sortOptions = false)
final class HelpCommand implements Callable<Integer> {

    private final CliTexts texts;

    @Mixin
    HelpOption help;

    @Parameters(arity = "0..1", paramLabel = "${bundle:label.command}", descriptionKey = "option.command")
    String command;

    @Spec
    CommandSpec spec;

    HelpCommand(CliTexts texts) {
        this.texts = texts;
    }

    @Override
    public Integer call() {
        picocli.CommandLine parent = spec.parent().commandLine();
        if (command == null) {
            parent.usage(spec.commandLine().getOut());
            return CommandLine.OK;
        }
        picocli.CommandLine subcommand = parent.getSubcommands().get(command);
        if (subcommand == null) {
            var err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + texts.get("error.unknown-command", "'" + command + "'"));
            err.println(texts.get("error.try-help", parent.getCommandSpec().qualifiedName()));
            return CommandLine.USAGE;
        }
        subcommand.usage(spec.commandLine().getOut());
        return CommandLine.OK;
    }
}
