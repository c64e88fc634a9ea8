/** The command-line tool for batch evaluation; uses the engine directly, never Spring. */
package de.kundenkontakt.quickcheck.app.cli;
