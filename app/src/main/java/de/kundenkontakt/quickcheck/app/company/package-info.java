/**
 * The client companies of consultants: each company's profile, the assessments made for it (on the
 * consultant's device or by an invitation link the company answers on its own), comparisons, the
 * bulk export, advisor codes by which a company shares its own assessment with a consultant, and
 * the reassignment of companies between consultants. {@code company.web} holds the pages,
 * {@code company.api} the workspace API for companies.
 */
@ApplicationModule(
        allowedDependencies = {
            "account", "assessment", "assessment :: api", "audit", "questionnaire :: web", "result", "web", "api",
            "api :: json", "result :: json", "i18n"
        })
package de.kundenkontakt.quickcheck.app.company;

import org.springframework.modulith.ApplicationModule;
