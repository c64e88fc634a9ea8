/** The JSON of an evaluation, request and response, shared by the REST API and the CLI; free of Spring. */
@NamedInterface("json")
package de.kundenkontakt.quickcheck.app.result.json;

import org.springframework.modulith.NamedInterface;
