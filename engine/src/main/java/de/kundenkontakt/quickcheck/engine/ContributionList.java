package de.kundenkontakt.quickcheck.engine;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The contributions of one touchpoint in catalogue order, read from the catalogue's prepared
 * contributions by the answers' level indexes: an evaluation lists 23 touchpoints × 14 questions
 * without creating a contribution for each. Unmodifiable; immutable and thread-safe, because the
 * arrays it reads are never changed after they are made (the catalogue's table and weights, and
 * the level indexes of immutable {@link Answers}).
 */
final class ContributionList extends AbstractList<Contribution> implements RandomAccess {

    private final Contribution[][][] table;
    private final int[][] weights;
    private final int[] levelIndexes;
    private final int touchpoint;

    /**
     * @param table the catalogue's contributions by {@code [question][level][weight]}, not null
     * @param weights the catalogue's weights by {@code [question][touchpoint]}, not null
     * @param levelIndexes the answers' level index by question position, not null
     * @param touchpoint the touchpoint's position
     */
    ContributionList(Contribution[][][] table, int[][] weights, int[] levelIndexes, int touchpoint) {
        this.table = table;
        this.weights = weights;
        this.levelIndexes = levelIndexes;
        this.touchpoint = touchpoint;
    }

    @Override
    public Contribution get(int question) {
        return table[question][levelIndexes[question]][weights[question][touchpoint]];
    }

    @Override
    public int size() {
        return levelIndexes.length;
    }
}
