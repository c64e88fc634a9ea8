/** The evaluation API: {@code POST /api/v1/evaluations}. */
package de.kundenkontakt.quickcheck.app.result.api;
