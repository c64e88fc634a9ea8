/** The assessment pages: save and continue, company profile, current state, comparison, deletion and the PDF report. */
package de.kundenkontakt.quickcheck.app.assessment.web;
