/** Texts from the message bundles where no Spring context is at hand (CLI, view models). */
package de.kundenkontakt.quickcheck.app.i18n;
