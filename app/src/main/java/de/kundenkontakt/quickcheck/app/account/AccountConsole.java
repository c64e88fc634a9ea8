package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.audit.AuditLog;
import de.kundenkontakt.quickcheck.app.cli.UserDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The accounts for the command line's {@code user} commands: a Spring context without web server
 * that holds only the database (with Flyway, so a new database gets its schema), the account
 * services and the audit log. It reads the same settings as the server ({@code
 * application.properties}, {@code SPRING_PROFILES_ACTIVE=postgres}, {@code SPRING_DATASOURCE_*}),
 * and logs nothing, so that standard output carries nothing but a command's result and standard
 * error only the command's own messages.
 */
public final class AccountConsole implements UserDirectory {

    private final ConfigurableApplicationContext context;
    private final AccountService accounts;
    private final TokenService tokens;

    private AccountConsole(ConfigurableApplicationContext context) {
        this.context = context;
        this.accounts = context.getBean(AccountService.class);
        this.tokens = context.getBean(TokenService.class);
    }

    /** Opens the accounts with the application's settings. */
    public static UserDirectory open() {
        return open(Map.of());
    }

    /**
     * Opens the accounts with extra settings, such as another {@code spring.datasource.url}.
     *
     * @throws UserDirectory.Problem if the database cannot be opened
     */
    public static AccountConsole open(Map<String, Object> settings) {
        Map<String, Object> quiet = new LinkedHashMap<>();
        quiet.put("spring.main.banner-mode", "off");
        // no log at all: the command reports what went wrong in its own words, never a stack trace
        quiet.put("logging.level.root", "OFF");
        // as command-line arguments, the settings win over everything else, as they would for the server
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try {
            return new AccountConsole(new SpringApplicationBuilder(Context.class)
                    .web(WebApplicationType.NONE)
                    .properties(quiet)
                    .logStartupInfo(false)
                    .run(arguments));
        } catch (RuntimeException e) {
            throw new Problem("account.cli.database", List.of(rootMessage(e)));
        }
    }

    @Override
    public String add(String email, String role, String password) {
        Role chosen = Role.byId(role).orElseThrow(() -> new Problem("account.role.unknown", List.of(String.valueOf(role))));
        try {
            return accounts.create(email, chosen, password, null).email();
        } catch (AccountProblemException e) {
            throw new Problem(e.messageKey(), e.arguments());
        }
    }

    @Override
    public String newToken(String email, String name) {
        Account account = accounts.findByEmail(email)
                .orElseThrow(() -> new Problem("account.cli.unknown", List.of(EmailAddress.normalize(email))));
        if (!account.active()) {
            throw new Problem("account.cli.inactive", List.of(account.email()));
        }
        try {
            return tokens.create(account.id(), name).secret();
        } catch (AccountProblemException e) {
            throw new Problem(e.messageKey(), e.arguments());
        }
    }

    @Override
    public void close() {
        context.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /**
     * Just the database and the accounts: no web server, no pages, no scan of the application.
     * Deliberately not a {@code @Configuration}, so that the application's component scan and the
     * tests' search for a configuration never pick it up.
     */
    @EnableAutoConfiguration
    @Import({
        AccountConfiguration.class,
        Accounts.class,
        AccountService.class,
        SignInThrottle.class,
        PersonalAccessTokens.class,
        TokenService.class,
        AuditLog.class
    })
    static class Context {}
}
