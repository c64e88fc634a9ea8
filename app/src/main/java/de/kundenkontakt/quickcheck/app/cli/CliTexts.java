package de.kundenkontakt.quickcheck.app.cli;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command-line tool's language and words: which language the call and the environment ask for,
 * its messages read through the one text lookup {@link Texts}, picocli's errors in those words, and
 * the bundle {@code i18n/cli} as a {@link ResourceBundle} for picocli, which reads its usage help
 * itself. Immutable and thread-safe.
 */
final class CliTexts {

    static final String BUNDLE = "i18n.cli";

    /** The environment variables that name the language of messages, strongest first (POSIX). */
    private static final List<String> LANGUAGE_VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    private final Texts texts;
    private final ResourceBundle bundle;

    private CliTexts(Locale locale) {
        this.texts = Texts.of(locale);
        this.bundle = Texts.bundle(BUNDLE, locale);
    }

    /** The texts in English for an English locale, otherwise in German. */
    static CliTexts of(Locale locale) {
        return new CliTexts(locale);
    }

    /**
     * The language the environment asks for: English if the first set one of {@code LC_ALL},
     * {@code LC_MESSAGES} and {@code LANG} starts with "en", otherwise German.
     *
     * @param environment the value of a variable by name, or null if unset; not null
     */
    static Locale languageOfEnvironment(UnaryOperator<String> environment) {
        for (String variable : LANGUAGE_VARIABLES) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                return value.startsWith("en") ? Locale.ENGLISH : Locale.GERMAN;
            }
        }
        return Locale.GERMAN;
    }

    /**
     * The language a valid {@code --lang de|en} (or {@code --lang=de|en}) among the arguments asks
     * for, empty if there is none; an invalid value is reported later by the command that owns
     * the option.
     */
    static Optional<Locale> languageOfArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if ("de".equals(value)) {
                return Optional.of(Locale.GERMAN);
            }
            if ("en".equals(value)) {
                return Optional.of(Locale.ENGLISH);
            }
        }
        return Optional.empty();
    }

    /** The locale of these texts: German or English; never null. */
    Locale locale() {
        return texts.locale();
    }

    /** The bundle for picocli's usage help, never null. */
    ResourceBundle bundle() {
        return bundle;
    }

    /** The message for the key: as written without arguments, else with them filled in ({@link Texts#get}). */
    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    /** What is wrong with the command line, in words of this language rather than picocli's. */
    String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> options = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (String argument : unmatched.getUnmatched()) {
                (argument.startsWith("-") ? options : others).add(argument);
            }
            if (!options.isEmpty()) {
                return get("error.unknown-options", options.size(), quoted(options));
            }
            boolean topLevel = e.getCommandLine().getCommandSpec().parent() == null;
            return get(topLevel ? "error.unknown-command" : "error.unexpected-arguments", quoted(others));
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            return get("error.missing-value", name(arg), arg.paramLabel());
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return get("error.repeated-option", name(overwritten.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return get("error.invalid-value", name(e.getArgSpec()), e.getValue());
        }
        return get("error.invalid-call", e.getMessage());
    }

    /** "Did you mean" with picocli's suggestions for an unknown option or command, if any. */
    Optional<String> suggestions(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return Optional.of(get("error.did-you-mean", String.join(", ", unmatched.getSuggestions())));
        }
        return Optional.empty();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String quoted(List<String> arguments) {
        return String.join(", ", arguments.stream().map(a -> "'" + a + "'").toList());
    }
}
