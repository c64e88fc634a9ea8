/** The questionnaire: shows the questions, checks the answers and sends the user to the result. */
package de.kundenkontakt.quickcheck.app.questionnaire;
