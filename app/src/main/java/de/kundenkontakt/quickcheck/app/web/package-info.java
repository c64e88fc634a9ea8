/** What every page shares: language choice, the page error advice, security headers, layout. Knows no feature. */
@ApplicationModule(allowedDependencies = "i18n")
package de.kundenkontakt.quickcheck.app.web;

import org.springframework.modulith.ApplicationModule;
