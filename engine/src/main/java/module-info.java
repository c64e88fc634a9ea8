/** The Quickcheck scoring model: catalogues, answers, evaluation and ranking. */
module de.kundenkontakt.quickcheck.engine {
    exports de.kundenkontakt.quickcheck.engine;
}
