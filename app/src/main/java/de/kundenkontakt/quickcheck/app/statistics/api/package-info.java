/** The workspace statistics API: the dashboard's figures as JSON for a personal access token. */
package de.kundenkontakt.quickcheck.app.statistics.api;
