package de.kundenkontakt.quickcheck.app.shared;

import java.util.Optional;

/**
 * A constant of an enumeration that is stored, sent and linked by a public id such as
 * {@code "in-use"} rather than by its Java name, and the one lookup from such an id back to the
 * constant. Implemented by enumerations only. Ids and the lookup are worked out once per enumeration
 * ({@link PublicIds}), not per call: both run for every stored row that is read.
 */
public interface PublicId {

    /**
     * The public id; never null. Unless the enumeration says otherwise, the constant's name in lower
     * case with {@code -} for {@code _} ({@code IN_USE}: {@code "in-use"}), so renaming such a
     * constant changes what is stored and sent.
     */
    default String id() {
        return PublicIds.derivedId((Enum<?>) this);
    }

    /** The constant's Java name, as every enumeration has it. */
    String name();

    /**
     * The constant of {@code type} with this public id.
     *
     * @param type the enumeration, not null
     * @param id the public id; null or an unknown id gives empty
     */
    static <E extends Enum<E> & PublicId> Optional<E> byId(Class<E> type, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(type.cast(PublicIds.byId(type).get(id)));
    }
}
