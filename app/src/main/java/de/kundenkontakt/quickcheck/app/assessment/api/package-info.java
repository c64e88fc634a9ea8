/** The assessment REST API: create, show, change, delete, export as JSON or CSV, the PDF download; its JSON shape. */
package de.kundenkontakt.quickcheck.app.assessment.api;
