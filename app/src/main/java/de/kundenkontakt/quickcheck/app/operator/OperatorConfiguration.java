package de.kundenkontakt.quickcheck.app.operator;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the operator's details: the operator's own {@code quickcheck.operator.*} (from
 * {@code ./config/operator.properties} or the environment) as soon as they name the operator,
 * otherwise the shipped example {@code quickcheck.operator-example.*} as a whole, marked as an
 * example. Taking one or the other, never a mix, keeps the example's placeholder register entry or
 * VAT id out of an operator's imprint when the operator leaves those fields out.
 */
@Configuration(proxyBeanMethods = false)
class OperatorConfiguration {

    static final String PREFIX = "quickcheck.operator";
    static final String EXAMPLE_PREFIX = "quickcheck.operator-example";

    @Bean
    OperatorProperties operatorProperties(Environment environment) {
        Binder binder = Binder.get(environment);
        return binder.bind(PREFIX, OperatorProperties.class)
                .map(operator -> operator.named() ? operator : null)
                .orElseGet(() -> binder.bind(EXAMPLE_PREFIX, OperatorProperties.class)
                        .map(OperatorProperties::asExample)
                        .orElseThrow(() -> new IllegalStateException(
                                "No operator details: set " + PREFIX + ".name (see README) or ship "
                                        + "operator-example.properties")));
    }
}
