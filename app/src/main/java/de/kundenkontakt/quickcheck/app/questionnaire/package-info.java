/**
 * The questionnaire: shows the questions, checks the answers and sends the user to the result. A
 * feature of pages only, so all of it is in {@code questionnaire.web}; the form, the catalogue it
 * names and the view that other features' pages show the questionnaire with (assessments, company
 * checks, participation links) are the named interface {@code questionnaire :: web}.
 */
package de.kundenkontakt.quickcheck.app.questionnaire;
