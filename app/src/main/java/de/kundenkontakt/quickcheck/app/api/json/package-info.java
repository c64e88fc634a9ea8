/**
 * JSON settings and the reading of request bodies: binding to records with every field problem found,
 * merge patches; shared by the REST API and the CLI; free of Spring.
 */
@NamedInterface("json")
package de.kundenkontakt.quickcheck.app.api.json;

import org.springframework.modulith.NamedInterface;
