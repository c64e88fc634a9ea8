/** The REST API v1: evaluations, catalogues and saved assessments as JSON (and CSV), errors as RFC 9457 problem details. */
package de.kundenkontakt.quickcheck.app.api;
