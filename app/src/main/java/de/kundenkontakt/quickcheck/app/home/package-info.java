/** The start page: what the Quickcheck does and where to begin. */
package de.kundenkontakt.quickcheck.app.home;
