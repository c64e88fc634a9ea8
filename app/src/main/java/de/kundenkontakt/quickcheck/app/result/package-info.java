/** The result page: a shareable link that holds the answers, and the ranked touchpoints it shows. */
package de.kundenkontakt.quickcheck.app.result;
