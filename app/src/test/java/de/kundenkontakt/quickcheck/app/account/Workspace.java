package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.security.SecureRandom;
import java.util.UUID;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the workspace's tests share: accounts with fresh addresses (the tests share one database),
 * sign-in through the real form, and client addresses that no other test uses (so that sign-in
 * throttling by address never carries over from one test to the next).
 */
public final class Workspace {

    /** The password of every account the tests create; never used by the product. */
    public static final String PASSWORD = "Drei Tassen Tee am Morgen";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MockMvc mvc;
    private final AccountService accounts;

    public Workspace(MockMvc mvc, AccountService accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    /** An e-mail address no test has used yet. */
    public static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /**
     * A client address that no other test uses, such as 10.83.3.7: random, because the failed
     * sign-ins of earlier runs may still be in a PostgreSQL database that outlives the JVM.
     */
    public static String newAddress() {
        int n = RANDOM.nextInt(1 << 24);
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** Sets the client address of a request. */
    public static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    /** A new active account with {@link #PASSWORD}. */
    public Account newAccount(String who, Role role) {
        return accounts.create(newEmail(who), role, PASSWORD, null);
    }

    /** A new active account with {@link #PASSWORD}, signed in through the form. */
    public SignedIn signedIn(String who, Role role) throws Exception {
        Account account = newAccount(who, role);
        return new SignedIn(account, signIn(account));
    }

    /** An account and the session cookie of its sign-in. */
    public record SignedIn(Account account, Cookie session) {

        public UUID id() {
            return account.id();
        }

        public String email() {
            return account.email();
        }
    }

    /** Signs in through the form and returns the session cookie. */
    public Cookie signIn(String email, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(from(post("/anmelden"), newAddress())
                        .with(csrf())
                        .param("email", email)
                        .param("password", password))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("sign-in of " + email).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/arbeitsbereich");
        Cookie session = response.getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    /** Signs in as the account with {@link #PASSWORD}. */
    public Cookie signIn(Account account) throws Exception {
        return signIn(account.email(), PASSWORD);
    }
}
