package io.huntbook.server.auth;

import io.huntbook.core.BadInputException;
import java.util.Locale;

/** What a token may do: viewers read, operators also submit and cancel, admins do everything. */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    /** Whether this role includes everything {@code required} may do. */
    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(text.strip())) {
                return role;
            }
        }
        throw new BadInputException("unknown role '" + text + "': use viewer, operator or admin");
    }
}
