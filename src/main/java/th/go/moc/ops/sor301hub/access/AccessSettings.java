package th.go.moc.ops.sor301hub.access;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in and how ({@code hub.access.*}).
 *
 * @param adminPassword   the first administrator's one-time password; when blank, one is made up and logged once
 * @param maxFailedLogins failed sign-ins for one username within {@code lockout} before it is refused for that long
 *                        (four times as many from one address, which may be a whole office behind one router)
 * @param lockout         how long failures are counted and how long a refusal lasts
 * @param oidc            how the organisation's OpenID Connect claims become a role and units
 */
@ConfigurationProperties("hub.access")
public record AccessSettings(String adminPassword, @DefaultValue("5") int maxFailedLogins,
                             @DefaultValue("15m") Duration lockout, @DefaultValue Oidc oidc) {

    /**
     * @param roleClaim  the claim that names the role (a text or a list); the first value that maps wins
     * @param unitsClaim the claim that lists the unit ids a UNIT account sees
     * @param roles      claim value → role; values that already are role names (ME_STAFF …) need no entry
     */
    public record Oidc(@DefaultValue("sor301_role") String roleClaim, @DefaultValue("sor301_units") String unitsClaim,
                       Map<String, Role> roles) {

        public Map<String, Role> roles() {
            return roles == null ? Map.of() : roles;
        }
    }
}
