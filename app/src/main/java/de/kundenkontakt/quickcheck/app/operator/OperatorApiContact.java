package de.kundenkontakt.quickcheck.app.operator;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Names the operator of this installation as the contact of its API description
 * ({@code info.contact} of {@code /v3/api-docs}): whoever runs the installation answers for it,
 * as in the imprint. Immutable and thread-safe.
 */
@Component
class OperatorApiContact implements OpenApiCustomizer {

    private final OperatorProperties operator;

    OperatorApiContact(OperatorProperties operator) {
        this.operator = operator;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Contact contact = new Contact().name(operator.name());
        if (operator.email() != null && !operator.email().isBlank()) {
            contact.email(operator.email());
        }
        openApi.getInfo().contact(contact);
    }
}
