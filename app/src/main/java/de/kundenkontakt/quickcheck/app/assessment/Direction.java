package de.kundenkontakt.quickcheck.app.assessment;

/** Which way a touchpoint's percent moved between two assessments. */
public enum Direction {
    UP,
    DOWN,
    SAME;

    /** The direction of a difference: positive is up, negative down, zero the same. */
    public static Direction of(long delta) {
        return delta > 0 ? UP : delta < 0 ? DOWN : SAME;
    }
}
