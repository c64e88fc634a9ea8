/** The Quickcheck product: web pages, REST API and command-line tool around the engine. */
package de.kundenkontakt.quickcheck.app;
