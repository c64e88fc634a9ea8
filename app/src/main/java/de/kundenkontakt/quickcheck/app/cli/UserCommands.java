package de.kundenkontakt.quickcheck.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Model.CommandSpec;

/** What the {@code user} subcommands share: their language, their errors, and opening the accounts. */
final class UserCommands {

    private final UserDirectory.Opener opener;
    private final Locale environmentLanguage;

    UserCommands(UserDirectory.Opener opener, Locale environmentLanguage) {
        this.opener = opener;
        this.environmentLanguage = environmentLanguage;
    }

    /** The texts for a valid {@code --lang}, else the environment's language. */
    CliTexts texts(String language) {
        return CliTexts.of("de".equals(language) || "en".equals(language) ? Locale.forLanguageTag(language) : environmentLanguage);
    }

    /** Opens the accounts, runs the action, closes them; a problem is reported and gives exit status 1. */
    int withDirectory(CommandSpec spec, CliTexts texts, ToIntFunction<UserDirectory> action) {
        try (UserDirectory directory = opener.open()) {
            return action.applyAsInt(directory);
        } catch (UserDirectory.Problem problem) {
            return fail(spec, texts.get(problem.messageKey(), problem.arguments().toArray()));
        }
    }

    /** Reports a wrong call (exit status 2). */
    int usage(CommandSpec spec, CliTexts texts, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.println(texts.get("error.try-help", spec.qualifiedName()));
        return CommandLine.USAGE;
    }

    /** Reports input the accounts refused (exit status 1). */
    int fail(CommandSpec spec, String message) {
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + message);
        return CommandLine.BAD_INPUT;
    }
}
