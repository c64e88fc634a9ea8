/** The result page, reached by a result link that holds the answers. */
package de.kundenkontakt.quickcheck.app.result.web;
