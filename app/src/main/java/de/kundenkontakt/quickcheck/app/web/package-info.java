/** What every page shares: language choice, security headers, layout. */
package de.kundenkontakt.quickcheck.app.web;
