/** The dashboard and research export pages of the workspace, and their CSV downloads. */
package de.kundenkontakt.quickcheck.app.statistics.web;
