package de.kundenkontakt.quickcheck.app.cli;

import picocli.CommandLine.Command;

/** {@code user}: accounts of the workspace; lists its subcommands ({@code add}, {@code token}) when run alone. */
@Command(name = "user")
final class UserCommand extends QuickcheckCommand {}
