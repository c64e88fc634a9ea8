/** The start page. */
package de.kundenkontakt.quickcheck.app.home.web;
