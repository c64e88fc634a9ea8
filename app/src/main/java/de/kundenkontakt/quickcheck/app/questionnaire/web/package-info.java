/** The questionnaire page: shows the questions, checks the answers, sends the user to the result. */
package de.kundenkontakt.quickcheck.app.questionnaire.web;
