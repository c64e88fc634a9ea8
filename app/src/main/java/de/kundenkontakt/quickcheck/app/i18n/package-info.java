/**
 * The one text lookup: the message bundles in German and English, without Spring (CLI, view models,
 * and behind Spring's message source). Uses no other module.
 */
@ApplicationModule(allowedDependencies = {})
package de.kundenkontakt.quickcheck.app.i18n;

import org.springframework.modulith.ApplicationModule;
