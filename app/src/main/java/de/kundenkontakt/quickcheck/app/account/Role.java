package de.kundenkontakt.quickcheck.app.account;

import de.kundenkontakt.quickcheck.app.shared.PublicId;
import java.util.Optional;

/** What an account may do: consultants work with their own companies; administrators also manage accounts. */
public enum Role implements PublicId {
    CONSULTANT("consultant"),
    ADMINISTRATOR("admin");

    /** The Spring Security authority of administrators, for {@code hasAuthority} and {@code hasRole("ADMIN")}. */
    public static final String ADMINISTRATOR_AUTHORITY = "ROLE_ADMIN";

    /** The Spring Security authority of consultants. */
    public static final String CONSULTANT_AUTHORITY = "ROLE_CONSULTANT";

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The stored id and the value of {@code --role}: "consultant" or "admin"; never null. */
    @Override
    public String id() {
        return id;
    }

    /** The granted authority that Spring Security checks, such as {@code ROLE_ADMIN}; never null. */
    public String authority() {
        return this == ADMINISTRATOR ? ADMINISTRATOR_AUTHORITY : CONSULTANT_AUTHORITY;
    }

    /** The role with this id, empty for null or an unknown id. */
    public static Optional<Role> byId(String id) {
        return PublicId.byId(Role.class, id);
    }
}
