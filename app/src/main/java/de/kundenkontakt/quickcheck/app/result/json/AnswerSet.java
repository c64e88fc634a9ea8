package de.kundenkontakt.quickcheck.app.result.json;

import de.kundenkontakt.quickcheck.engine.Catalog;
import java.util.Map;
import java.util.Optional;

/** Answers as a request gives them, to the catalogue it names: what {@link AnswersFitCatalog} checks. */
public interface AnswerSet {

    /** The catalogue the answers belong to; empty when the request's catalogue could not be read. */
    Optional<Catalog> catalog();

    /** Level id by question id, in the order given; null values are levels that were not strings; may be null. */
    Map<String, String> answers();

    /** Whether every question must be answered; otherwise open questions are fine (a draft). */
    boolean allAnswersRequired();
}
