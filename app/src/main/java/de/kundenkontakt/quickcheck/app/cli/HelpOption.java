package de.kundenkontakt.quickcheck.app.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -h, --help} option that every command has, described in the tool's language; a
 * picocli mixin, so that its place among a command's options is where the command declares it.
 */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "option.help")
    boolean help;
}
