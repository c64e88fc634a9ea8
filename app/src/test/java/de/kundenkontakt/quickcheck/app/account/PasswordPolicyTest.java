package de.kundenkontakt.quickcheck.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordPolicyTest {

    private static final String EMAIL = "Maria.Muster@example.org";

    static Stream<Arguments> passwords() {
        return Stream.of(
                Arguments.of(null, "account.password.missing"),
                Arguments.of("", "account.password.missing"),
                Arguments.of("elf Zeichen", "account.password.too-short"),
                Arguments.of("zwölf Zeiche", null),
                Arguments.of("a".repeat(64 - 10) + "0123456789", null),
                Arguments.of("b".repeat(65), "account.password.too-long"),
                Arguments.of("ä".repeat(37), "account.password.too-long"),
                Arguments.of("maria.muster@example.org", "account.password.email"),
                Arguments.of("Ich bin maria.muster@example.org!", "account.password.email"),
                Arguments.of("maria.muster", "account.password.email"),
                Arguments.of("Passwort1234", "account.password.common"),
                Arguments.of("123456789012", "account.password.common"),
                Arguments.of("QwertzUiop123", "account.password.common"),
                Arguments.of("passwort2026!!", "account.password.common"),
                Arguments.of("Willkommen#2026", "account.password.common"),
                Arguments.of("abababababab", "account.password.common"),
                Arguments.of("xxxxxxxxxxxxxxxx", "account.password.common"),
                Arguments.of("Passwort ist gut versteckt", null),
                Arguments.of("Drei Tassen Tee am Morgen", null),
                Arguments.of("🐢🐢🐢🐢🐢🐢🐢🐢🐢🐢🐢🐈", null));
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void namesTheFirstRuleAPasswordBreaks(String password, String expected) {
        assertThat(PasswordPolicy.standard().problem(password, EMAIL)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void theEmailRuleNeedsAnAddress(String password, String expected) {
        String withoutAddress = "account.password.email".equals(expected) ? null : expected;
        assertThat(PasswordPolicy.standard().problem(password, null)).isEqualTo(withoutAddress);
    }
}
