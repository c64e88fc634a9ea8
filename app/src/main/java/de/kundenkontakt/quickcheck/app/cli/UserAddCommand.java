package de.kundenkontakt.quickcheck.app.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code user add --email E --role admin|consultant}: creates an account. The password comes from
 * {@value #PASSWORD_VARIABLE}, else it is asked for twice on the terminal without being shown;
 * with neither, the command refuses (there is never a default password).
 */
@Command(name = "add", sortOptions = false)
final class UserAddCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "QUICKCHECK_PASSWORD";

    @Mixin
    HelpOption help;

    @Option(names = "--email", required = true, paramLabel = "${bundle:label.email}", descriptionKey = "option.email")
    String email;

    @Option(names = "--role", required = true, paramLabel = "admin|consultant", descriptionKey = "option.role")
    String role;

    @Option(names = "--lang", paramLabel = "de|en", descriptionKey = "option.lang")
    String language;

    @Spec
    CommandSpec spec;

    private final UserCommands commands;
    private final UnaryOperator<String> environment;
    private final PasswordPrompt prompt;

    UserAddCommand(UserCommands commands, UnaryOperator<String> environment, PasswordPrompt prompt) {
        this.commands = commands;
        this.environment = environment;
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        CliTexts texts = commands.texts(language);
        if (!"admin".equals(role) && !"consultant".equals(role)) {
            return commands.usage(spec, texts, texts.get("error.invalid-value", "--role", role));
        }
        String password = environment.apply(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            char[] typed = prompt.read(texts.get("user.password.prompt", email));
            if (typed == null) {
                return commands.usage(spec, texts, texts.get("user.password.none", PASSWORD_VARIABLE));
            }
            char[] again = prompt.read(texts.get("user.password.repeat"));
            boolean same = Arrays.equals(typed, again);
            password = new String(typed);
            Arrays.fill(typed, ' ');
            if (again != null) {
                Arrays.fill(again, ' ');
            }
            if (!same) {
                return commands.fail(spec, texts.get("user.password.mismatch"));
            }
        }
        String chosen = password;
        return commands.withDirectory(spec, texts, directory -> {
            String stored = directory.add(email, role, chosen);
            spec.commandLine().getErr().println(texts.get("user.added", stored, role));
            return CommandLine.OK;
        });
    }
}
