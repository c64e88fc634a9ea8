/** The guide's knowledge inside the product: touchpoints, needs, customer journey, tips, glossary. */
package de.kundenkontakt.quickcheck.app.guide;
