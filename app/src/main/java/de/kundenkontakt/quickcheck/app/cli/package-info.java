/**
 * The command-line tool (help, batch evaluation of JSON lines); uses the engine directly, never
 * Spring, and of the application only the JSON it shares with the REST API and the texts.
 */
@ApplicationModule(allowedDependencies = {"api :: json", "result :: json", "i18n"})
package de.kundenkontakt.quickcheck.app.cli;

import org.springframework.modulith.ApplicationModule;
