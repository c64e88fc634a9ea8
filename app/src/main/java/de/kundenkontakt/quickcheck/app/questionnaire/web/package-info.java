/**
 * The questionnaire page: shows the questions, checks the answers, sends the user to the result;
 * with the form, its rules and the view that the assessment and company pages share.
 */
package de.kundenkontakt.quickcheck.app.questionnaire.web;
