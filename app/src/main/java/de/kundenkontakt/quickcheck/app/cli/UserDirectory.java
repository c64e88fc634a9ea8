package de.kundenkontakt.quickcheck.app.cli;

import java.util.List;

/**
 * The accounts that the {@code user} commands manage. It needs the database, so it is opened only
 * when such a command runs, by an {@link Opener} that the jar's main class supplies; the
 * command-line tool itself, and {@code evaluate} with it, stays free of Spring.
 */
public interface UserDirectory extends AutoCloseable {

    /**
     * Creates an active account and returns its e-mail address as stored (lower case).
     *
     * @param role "admin" or "consultant"
     * @throws Problem if the address, role or password is not acceptable, or the address has an account
     */
    String add(String email, String role, String password);

    /**
     * Creates a personal access token for an active account and returns it; it is not stored.
     *
     * @throws Problem if there is no such active account or the name is not acceptable
     */
    String newToken(String email, String name);

    /** Releases the database. */
    @Override
    void close();

    /** Opens the directory: starts what the database needs. */
    @FunctionalInterface
    interface Opener {

        /** @throws Problem if the database cannot be opened */
        UserDirectory open();
    }

    /**
     * What went wrong, for people: a message key of the bundle {@code i18n/account} and its arguments.
     */
    final class Problem extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String messageKey;
        private final transient List<Object> arguments;

        public Problem(String messageKey, List<Object> arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = List.copyOf(arguments);
        }

        public String messageKey() {
            return messageKey;
        }

        public List<Object> arguments() {
            return arguments;
        }
    }
}
