/** The audit log page for administrators ({@code /arbeitsbereich/protokoll}), with filters. */
package de.kundenkontakt.quickcheck.app.audit.web;
