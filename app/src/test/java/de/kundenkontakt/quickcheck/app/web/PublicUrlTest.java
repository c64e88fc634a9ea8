package de.kundenkontakt.quickcheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
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

    @Test
    void theConfiguredAddressWinsWithoutItsFinalSlash() {
        PublicUrl url = new PublicUrl("https://quickcheck.example.org/", "none");

        assertThat(url.origin(request("evil.example"))).isEqualTo("https://quickcheck.example.org");
    }

    @Test
    void withoutAConfiguredAddressAForeignHostGivesTheServersOwnAddress() {
        PublicUrl url = new PublicUrl("", "none");

        assertThat(url.origin(request("evil.example"))).isEqualTo("http://10.0.0.5:8080");
        assertThat(url.origin(request("localhost"))).isEqualTo("http://localhost");
        assertThat(url.origin(request("127.0.0.1"))).isEqualTo("http://127.0.0.1");
    }

    @Test
    void behindATrustedProxyTheForwardedAddressIsUsed() {
        PublicUrl url = new PublicUrl("", "native");

        assertThat(url.origin(request("quickcheck.example.org"))).isEqualTo("http://quickcheck.example.org");
    }

    @Test
    void refusesAConfiguredAddressThatIsNoHttpAddress() {
        assertThatThrownBy(() -> new PublicUrl("ftp://example.org", "none")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicUrl("https://example.org/?a=b", "none"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
