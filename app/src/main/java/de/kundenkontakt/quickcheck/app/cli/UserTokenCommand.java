package de.kundenkontakt.quickcheck.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code user token --email E [--name N]}: creates a personal access token for the workspace API
 * and prints it once on standard output (a note goes to standard error); only its hash is stored.
 */
@Command(name = "token", sortOptions = false)
final class UserTokenCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Option(names = "--email", required = true, paramLabel = "${bundle:label.email}", descriptionKey = "option.email")
    String email;

    @Option(names = "--name", paramLabel = "${bundle:label.name}", descriptionKey = "option.token-name")
    String name;

    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "option.lang")
    String language;

    @Spec
    CommandSpec spec;

    private final UserCommands commands;

    UserTokenCommand(UserCommands commands) {
        this.commands = commands;
    }

    @Override
    public Integer call() {
        CliTexts texts = commands.texts(language);
        String tokenName = name == null ? texts.get("user.token.default-name") : name;
        return commands.withDirectory(spec, texts, directory -> {
            String token = directory.newToken(email, tokenName);
            spec.commandLine().getOut().println(token);
            spec.commandLine().getErr().println(texts.get("user.token.created", email.strip().toLowerCase(java.util.Locale.ROOT)));
            return CommandLine.OK;
        });
    }
}
