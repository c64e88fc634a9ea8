/** Scores answers to the 14 needs against a catalogue and ranks the digital touchpoints. */
package de.kundenkontakt.quickcheck.engine;
