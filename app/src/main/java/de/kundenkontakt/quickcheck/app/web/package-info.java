/**
 * What every page shares: language choice, the page error advice, checking forms and their radios
 * and selects, private pages kept out of caches, security headers, layout.
 * Knows no feature; forms report their problems as the API's requests do ({@code shared.FieldProblem}).
 */
@ApplicationModule(allowedDependencies = "i18n")
package de.kundenkontakt.quickcheck.app.web;

import org.springframework.modulith.ApplicationModule;
