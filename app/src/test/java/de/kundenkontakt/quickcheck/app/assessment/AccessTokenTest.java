package de.kundenkontakt.quickcheck.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokenTest {

    /** 32 zero bytes, base64url without padding. */
    private static final String ZEROS = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @Test
    void generatesDistinctUrlSafeTokensOf256Bits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String value = AccessToken.generate().value();
            assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]{43}");
            assertThat(AccessToken.isWellFormed(value)).isTrue();
            seen.add(value);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void parsesWhatItGenerates() {
        AccessToken token = AccessToken.generate();

        assertThat(AccessToken.parse(token.value())).contains(token);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", // 42 characters
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", // 44 characters
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", // padding
        "AAAAAAAAAAAAAAAAAAAAA+AAAAAAAAAAAAAAAAAAAAA", // plain base64, not url-safe
        "AAAAAAAAAAAAAAAAAAAAA/AAAAAAAAAAAAAAAAAAAAA",
        "AAAAAAAAAAAAAAAAAAAAA AAAAAAAAAAAAAAAAAAAAA",
        "AAAAAAAAAAAAAAAAAAAAA'AAAAAAAAAAAAAAAAAAAAA", // would be trouble in naive SQL
        "AAAAAAAAAAAAAAAAAAAAAäAAAAAAAAAAAAAAAAAAAAA",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB", // last character carries bits beyond 256
        "../../../../../../../../../../etc/passwd/x."
    })
    void rejectsTextThatCannotBeAToken(String text) {
        assertThat(AccessToken.parse(text)).isEmpty();
        assertThat(AccessToken.isWellFormed(text)).isFalse();
    }

    @Test
    void acceptsOnlyTheCanonicalSpellingOfTheLastCharacter() {
        // 32 bytes of 0xFF: 42 times "_" and then "w"; a final "_" would carry 2 bits too many.
        assertThat(AccessToken.parse("_".repeat(42) + "w")).isPresent();
        assertThat(AccessToken.parse("_".repeat(43))).isEmpty();
        assertThat(AccessToken.parse(ZEROS)).isPresent();
    }

    @Test
    void hashesWithSha256InLowerCaseHex() {
        AccessToken token = AccessToken.parse(ZEROS).orElseThrow();

        // computed independently: printf AAA…A (43 times) | sha256sum
        assertThat(token.hash()).isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
        assertThat(AccessToken.generate().hash()).matches("[0-9a-f]{64}").isNotEqualTo(token.hash());
    }

    @Test
    void masksAllButTheFirstSixCharactersWhenLoggedOrPrinted() {
        AccessToken token = AccessToken.generate();

        assertThat(token.mask()).isEqualTo(token.value().substring(0, 6) + "…");
        assertThat(token.toString()).isEqualTo(token.mask()).doesNotContain(token.value().substring(6));
    }
}
