package de.kundenkontakt.quickcheck.app.company.api;

import de.kundenkontakt.quickcheck.app.api.ApiExceptionTranslator;
import de.kundenkontakt.quickcheck.app.api.ApiProblemException;
import de.kundenkontakt.quickcheck.app.company.CompanyNotFoundException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What the companies' exceptions mean for the API: a company that does not exist or is another
 * consultant's is the same 404 "company-not-found".
 */
@Component
class CompanyApiExceptions implements ApiExceptionTranslator {

    @Override
    public Optional<RuntimeException> translate(Exception exception) {
        if (exception instanceof CompanyNotFoundException) {
            return Optional.of(new ApiProblemException(HttpStatus.NOT_FOUND, "company-not-found"));
        }
        return Optional.empty();
    }
}
