/** The catalogues as JSON: {@code GET /api/v1/catalogs} and {@code GET /api/v1/catalogs/{id}}. */
package de.kundenkontakt.quickcheck.app.catalog.api;
