package de.kundenkontakt.quickcheck.app.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The operator's details as the application reads them through {@code spring.config.import}: an
 * operator's own UTF-8 file keeps its umlauts and replaces the shipped example as a whole. Starts
 * only the operator configuration, without web server or database.
 */
class OperatorFileIntegrationTest {

    private static OperatorProperties operator(String... args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OperatorConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args)) {
            return context.getBean(OperatorProperties.class);
        }
    }

    @Test
    void anOperatorsOwnUtf8FileKeepsItsUmlautsAndReplacesTheWholeExample() {
        OperatorProperties operator = operator(
                "--spring.config.import=file:src/test/resources/operator/umlauts.properties");

        assertThat(operator.example()).isFalse();
        assertThat(operator.name()).isEqualTo("Bäckerei Größe & Söhne Gesellschaft mit beschränkter Haftung");
        assertThat(operator.address()).containsExactly("Hauptstraße 5", "12345 Übersee");
        assertThat(operator.representative()).isEqualTo("Jürgen Müßig (Geschäftsführer)");
        assertThat(operator.contacts()).singleElement()
                .satisfies(contact -> assertThat(contact.region()).isEqualTo("Köln, Düsseldorf und Mülheim"));
        // Left out by the operator, so not filled in from the example's placeholders.
        assertThat(operator.phone()).isNull();
        assertThat(operator.hosting()).isNull();
        assertThat(operator.logRetentionDays()).isNull();
    }

    @Test
    void withoutAnOperatorNameTheShippedExampleIsUsedAndMarked() {
        OperatorProperties operator = operator();

        assertThat(operator.example()).isTrue();
        assertThat(operator.name()).isEqualTo("Beispiel-Wirtschaftsförderung Musterstadt GmbH (Beispiel)");
        assertThat(operator.address()).contains("Musterstraße 1");
        assertThat(operator.representative()).contains("Geschäftsführung");
        assertThat(operator.logRetentionDays()).isEqualTo(7);
    }
}
