/** Texts from the message bundles where no Spring context is at hand (CLI, view models). Uses no other module. */
@ApplicationModule(allowedDependencies = {})
package de.kundenkontakt.quickcheck.app.i18n;

import org.springframework.modulith.ApplicationModule;
