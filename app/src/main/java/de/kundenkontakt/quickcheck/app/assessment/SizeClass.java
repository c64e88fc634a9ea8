package de.kundenkontakt.quickcheck.app.assessment;

import de.kundenkontakt.quickcheck.app.shared.PublicId;
import java.util.Optional;

/** The number of people a company employs, in the classes the product asks for. */
public enum SizeClass implements PublicId {
    /** 1 to 9 employees. */
    FROM_1_TO_9("1-9"),
    /** 10 to 49 employees. */
    FROM_10_TO_49("10-49"),
    /** 50 to 249 employees. */
    FROM_50_TO_249("50-249"),
    /** 250 employees or more. */
    FROM_250("250+");

    private final String id;

    SizeClass(String id) {
        this.id = id;
    }

    /** The public id as stored and sent, such as "10-49"; never null. */
    @Override
    public String id() {
        return id;
    }

    /** The message key of its label in bundle {@code i18n/assessment}; never null. */
    public String messageKey() {
        return "assessment.sizeClass." + name();
    }

    /** The size class with this id, if there is one. */
    public static Optional<SizeClass> byId(String id) {
        return PublicId.byId(SizeClass.class, id);
    }
}
