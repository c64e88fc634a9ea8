package de.kundenkontakt.quickcheck.app.company;

import java.util.Objects;

/**
 * What deleting a company takes with it, for the confirmation page. Immutable.
 *
 * @param company never null
 * @param assessments how many assessments (with their answers and private links) go
 * @param openLinks how many invitation links that still work stop working
 */
public record CompanyDeletion(Company company, int assessments, int openLinks) {

    public CompanyDeletion {
        Objects.requireNonNull(company, "company");
    }
}
