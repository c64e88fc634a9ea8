package de.kundenkontakt.quickcheck.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A radio button of a page form. Immutable.
 *
 * @param htmlId the input's id, which its label and the error summary point to
 * @param value the value sent
 * @param label the visible label
 * @param checked whether it is the one chosen
 */
public record RadioChoice(String htmlId, String value, String label, boolean checked) {

    /**
     * The radio buttons of one choice, one per value in order, their ids {@code idPrefix + 0},
     * {@code idPrefix + 1} and so on; the one whose value equals {@code chosen} is checked.
     *
     * @param chosen the value given, may be null (then none is checked)
     */
    public static <T> List<RadioChoice> numbered(
            String idPrefix, List<T> values, Function<T, String> value, Function<T, String> label, String chosen) {
        List<RadioChoice> radios = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String sent = value.apply(values.get(i));
            radios.add(new RadioChoice(idPrefix + i, sent, label.apply(values.get(i)), sent.equals(chosen)));
        }
        return radios;
    }
}
