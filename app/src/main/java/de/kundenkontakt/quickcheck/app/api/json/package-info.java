/** The JSON shape of evaluation requests, responses and catalogues, shared by the REST API and the CLI; free of Spring. */
package de.kundenkontakt.quickcheck.app.api.json;
