/**
 * What every REST endpoint shares, whatever feature it belongs to: errors as RFC 9457 problem
 * details in German or English (the one API advice), the arguments an operation reads from the
 * request (its language, its JSON body up to the body limit), the fallback for unknown paths and
 * the OpenAPI description. Knows no feature.
 */
@ApplicationModule(allowedDependencies = "i18n")
package de.kundenkontakt.quickcheck.app.api;

import org.springframework.modulith.ApplicationModule;
