/** Makes the engine's catalogues available to the application. */
package de.kundenkontakt.quickcheck.app.catalog;
