/** The REST API v1: evaluations and catalogues as JSON, errors as RFC 9457 problem details. */
package de.kundenkontakt.quickcheck.app.api;
