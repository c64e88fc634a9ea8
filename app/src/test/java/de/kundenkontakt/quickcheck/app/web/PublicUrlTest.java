package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicUrlTest {

    private static MockHttpServletRequest request(String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/auswertung/x");
        request.setServerName(host);
        request.setServerPort(80);
        request.setLocalAddr("10.0.0.5");
        request.setLocalPort(8080);
        return request;
    }

    @ParameterizedTest(name = "configured \"{0}\", forward headers {1}, host {2}: {3}")
    @CsvSource({
        // The configured address wins, without its final slash.
        "https://quickcheck.example.org/, none, evil.example, https://quickcheck.example.org",
        // Without a configured address, a foreign host gives the server's own address.
        "'', none, evil.example, http://10.0.0.5:8080",
        "'', none, localhost, http://localhost",
        "'', none, 127.0.0.1, http://127.0.0.1",
        // Behind a trusted proxy, the forwarded address is used.
        "'', native, quickcheck.example.org, http://quickcheck.example.org"
    })
    void linksStartWithTheRightOrigin(String configured, String forwardHeaders, String host, String origin) {
        PublicUrl url = new PublicUrl(configured, forwardHeaders);

        assertThat(url.origin(request(host))).isEqualTo(origin);
    }

    @Test
    void refusesAConfiguredAddressThatIsNoHttpAddress() {
        assertThatThrownBy(() -> new PublicUrl("ftp://example.org", "none")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicUrl("https://example.org/?a=b", "none"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
