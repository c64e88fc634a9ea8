/**
 * The assessment REST API: create, show, change, delete, export as JSON or CSV, the PDF download; its JSON shape.
 * Named interface "api": the request reader and the JSON shape, which the workspace's API reuses.
 */
@NamedInterface("api")
package de.kundenkontakt.quickcheck.app.assessment.api;

import org.springframework.modulith.NamedInterface;
