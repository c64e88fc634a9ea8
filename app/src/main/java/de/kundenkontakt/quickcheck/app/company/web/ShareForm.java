package de.kundenkontakt.quickcheck.app.company.web;

/**
 * What the share form sends: the advisor code as typed. Unchecked.
 *
 * @param code may be null or anything
 */
record ShareForm(String code) {}
