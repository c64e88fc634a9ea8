/** The workspace API for companies: {@code /api/v1/workspace/companies/**} and the bulk export. */
package de.kundenkontakt.quickcheck.app.company.api;
