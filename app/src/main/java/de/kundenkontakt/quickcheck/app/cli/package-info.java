/** The command-line tool (help, batch evaluation of JSON lines); uses the engine directly, never Spring. */
package de.kundenkontakt.quickcheck.app.cli;
