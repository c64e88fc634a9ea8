/**
 * Keeps assessments: saved answers, company profile and current state, reached by private links.
 * The domain, its service and repository sit here; its pages in {@code web}, its REST API in {@code api}.
 */
package de.kundenkontakt.quickcheck.app.assessment;
