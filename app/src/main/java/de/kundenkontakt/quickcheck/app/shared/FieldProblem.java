package de.kundenkontakt.quickcheck.app.shared;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a request, precise enough to name the field and to be put in words in any
 * language ({@link #message}). Immutable.
 *
 * @param field the JSON path of the field, such as "answers.reichweite", or "body"; never null
 * @param code what is wrong, such as "level.unknown"; the message key is "error." + code
 * @param args the values the message names, in the order of its placeholders; never null
 */
public record FieldProblem(String field, String code, List<String> args) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    /** What is wrong, for people, in the language of {@code texts}: the text "error." + code; never null. */
    public String message(Texts texts) {
        return texts.get("error." + code, args.toArray());
    }

    /** A problem of {@code field} with {@code code} and the message arguments {@code args}. */
    public static FieldProblem of(String field, String code, String... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}
