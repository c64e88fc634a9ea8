/** Tests that every user-visible text exists in German and English. */
package de.kundenkontakt.quickcheck.app.i18n;
