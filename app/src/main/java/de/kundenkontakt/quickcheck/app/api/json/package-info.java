/** The JSON shape of evaluation requests, responses, catalogues and assessments (and their CSV), shared by the REST API and the CLI; free of Spring. */
package de.kundenkontakt.quickcheck.app.api.json;
