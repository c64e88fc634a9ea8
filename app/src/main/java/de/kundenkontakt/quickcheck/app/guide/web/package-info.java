/** The guide pages: touchpoints, needs, customer journey, tips, glossary. */
package de.kundenkontakt.quickcheck.app.guide.web;
