/** JSON settings and the field problems of a request with their messages, shared by the REST API and the CLI; free of Spring. */
@NamedInterface("json")
package de.kundenkontakt.quickcheck.app.api.json;

import org.springframework.modulith.NamedInterface;
