package th.go.moc.ops.sor301hub.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * What the person at the screen may see, worked out once from their sign-in: the pages and controllers ask
 * this rather than reading roles themselves.
 *
 * @param units the units a UNIT account sees, in id order
 */
public record Viewer(String username, String displayName, boolean admin, boolean staff, boolean viewer,
                     List<String> units) {

    public static final Viewer ANONYMOUS = new Viewer(null, null, false, false, false, List.of());

    public static Viewer of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ANONYMOUS"))) {
            return ANONYMOUS;
        }
        Set<String> held = new TreeSet<>();
        auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(held::add);
        boolean admin = held.contains(Role.ADMIN.authority());
        boolean staff = admin || held.contains(Role.ME_STAFF.authority());
        boolean viewer = staff || held.contains(Role.VIEWER.authority());
        List<String> units = held.stream().filter(a -> a.startsWith(Role.UNIT_AUTHORITY_PREFIX))
                .map(a -> a.substring(Role.UNIT_AUTHORITY_PREFIX.length())).toList();
        return new Viewer(auth.getName(), displayName(auth), admin, staff, viewer, units);
    }

    private static String displayName(Authentication auth) {
        if (auth.getPrincipal() instanceof HubUser user) {
            return user.displayName();
        }
        if (auth.getPrincipal() instanceof OidcUser oidc && oidc.getFullName() != null) {
            return oidc.getFullName();
        }
        return auth.getName();
    }

    public boolean signedIn() {
        return username != null;
    }

    /** Whether this person may see the unit's files, lines and problems. */
    public boolean canSeeUnit(String unitId) {
        return staff || units.contains(unitId);
    }

    /** Whether this person may see the month and indicator pages (every unit's standing). */
    public boolean canSeeMonth() {
        return viewer;
    }

    /** The authorities a role and its units give. */
    static List<String> authorities(Role role, Collection<String> units) {
        List<String> authorities = new java.util.ArrayList<>(List.of(role.authority()));
        if (role == Role.UNIT) {
            units.forEach(u -> authorities.add(Role.unitAuthority(u)));
        }
        return authorities;
    }
}
