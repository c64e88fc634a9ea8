package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Question;
import java.util.Objects;

/**
 * A question answered differently in a re-assessment. Immutable and thread-safe.
 *
 * @param question the question as the later catalogue has it, not null
 * @param before the level chosen earlier, not null
 * @param after the level chosen now, not null
 */
public record AnswerChange(Question question, AnswerLevel before, AnswerLevel after) {

    public AnswerChange {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** The difference in points, positive when the need became more important. */
    public int pointsDelta() {
        return after.points() - before.points();
    }
}
