package de.kundenkontakt.quickcheck.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An option of a select in a page form. Immutable.
 *
 * @param value the value sent, empty for "none"
 * @param label the visible text
 * @param selected whether it is the one chosen
 */
public record SelectOption(String value, String label, boolean selected) {

    /**
     * The options of a select: "none" (the empty value) first, then one per value in order; the
     * option whose value equals {@code chosen} is selected, "none" when {@code chosen} is null or blank.
     *
     * @param noneLabel the label of "none", such as "not given" or "all"
     */
    public static <T> List<SelectOption> withNone(
            String noneLabel, List<T> values, Function<T, String> value, Function<T, String> label, String chosen) {
        List<SelectOption> options = new ArrayList<>();
        options.add(new SelectOption("", noneLabel, chosen == null || chosen.isBlank()));
        values.forEach(v -> options.add(new SelectOption(value.apply(v), label.apply(v), value.apply(v).equals(chosen))));
        return options;
    }
}
