package de.kundenkontakt.quickcheck.app.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ids of {@link PublicId} enumerations, worked out on first use and kept for the life of the
 * class: the derived id of each constant, and each enumeration's ids to constants. Thread-safe.
 */
final class PublicIds {

    /** Per enumeration: the derived ids, by ordinal. */
    private static final ClassValue<String[]> DERIVED = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] ids = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                ids[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return ids;
        }
    };

    /** Per enumeration: its constants by public id (the first constant wins if two shared one). */
    private static final ClassValue<Map<String, Object>> BY_ID = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> constants = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                constants.putIfAbsent(((PublicId) constant).id(), constant);
            }
            return Map.copyOf(constants);
        }
    };

    private PublicIds() {}

    /** The id derived from the constant's name; never null. */
    static String derivedId(Enum<?> constant) {
        return DERIVED.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** The constants of the enumeration {@code type} by public id; never null, immutable. */
    static Map<String, Object> byId(Class<?> type) {
        return BY_ID.get(type);
    }
}
