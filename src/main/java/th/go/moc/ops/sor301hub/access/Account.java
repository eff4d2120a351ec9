package th.go.moc.ops.sor301hub.access;

import java.time.Instant;
import java.util.List;

/**
 * A person who may sign in.
 *
 * @param passwordHash null for an account that signs in only through the organisation's OpenID Connect provider
 * @param units        the units a UNIT account sees (empty for the other roles)
 */
public record Account(long id, String username, String displayName, Role role, List<String> units,
                      String passwordHash, boolean mustChangePassword, boolean enabled, Instant createdAt)
        implements java.io.Serializable {

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
