package de.kundenkontakt.quickcheck.app.cli;

import java.io.Console;

/** Asks for a password without showing what is typed. */
@FunctionalInterface
public interface PasswordPrompt {

    /** The password typed after showing the prompt; null if there is no terminal to ask on. */
    char[] read(String prompt);

    /** The process's terminal ({@link System#console()}); null answers when there is none. */
    static PasswordPrompt terminal() {
        return prompt -> {
            Console console = System.console();
            return console == null ? null : console.readPassword("%s", prompt);
        };
    }
}
