/** The workspace's company pages, the invitation link's questionnaire and the share page of a private assessment. */
package de.kundenkontakt.quickcheck.app.company.web;
