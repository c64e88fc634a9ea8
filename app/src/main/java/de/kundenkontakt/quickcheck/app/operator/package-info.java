/** What the operator of an installation configures: contact points, imprint and privacy notice. */
package de.kundenkontakt.quickcheck.app.operator;
