/** Keeps assessments: saved answers, company profile and current state, reached by private links. */
package de.kundenkontakt.quickcheck.app.assessment;
