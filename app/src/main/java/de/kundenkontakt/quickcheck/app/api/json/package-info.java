/**
 * JSON settings, the field problems of a request with their messages, and the public ids by which
 * enumerations are stored and sent ({@link de.kundenkontakt.quickcheck.app.api.json.PublicId}); shared by
 * the REST API, the pages, the features and the CLI; free of Spring.
 */
@NamedInterface("json")
package de.kundenkontakt.quickcheck.app.api.json;

import org.springframework.modulith.NamedInterface;
