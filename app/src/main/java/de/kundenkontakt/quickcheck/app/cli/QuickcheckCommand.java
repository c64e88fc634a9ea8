package de.kundenkontakt.quickcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level command: lists the commands when run without one (so does every group of
 * subcommands that extends it). Its texts, and those of the
 * subcommands, come from the bundle {@code i18n/cli} (keys {@code quickcheck.usage.*} and so on).
 */
@Command(name = "quickcheck", resourceBundle = CliTexts.BUNDLE)
class QuickcheckCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.USAGE;
    }
}
