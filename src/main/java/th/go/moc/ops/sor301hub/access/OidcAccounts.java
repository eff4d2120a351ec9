package th.go.moc.ops.sor301hub.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the organisation's OpenID Connect provider. A person with an account here of the same
 * username (their {@code preferred_username}, else e-mail) gets that account's role and units, so an
 * administrator can always decide; anyone else gets the role and units their claims give
 * ({@code hub.access.oidc.*}). Without a role from either, sign-in is refused.
 */
@Component
class OidcAccounts extends OidcUserService {

    private final AccountStore accounts;
    private final AccessSettings.Oidc settings;

    OidcAccounts(AccountStore accounts, AccessSettings settings) {
        this.accounts = accounts;
        this.settings = settings.oidc();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return withRights(super.loadUser(request));
    }

    OidcUser withRights(OidcUser user) {
        String username = username(user);
        Optional<Account> local = accounts.byUsername(username);
        Role role;
        Collection<String> units;
        if (local.isPresent()) {
            if (!local.get().enabled()) {
                throw refused("account_disabled", "the account " + username + " is disabled");
            }
            role = local.get().role();
            units = local.get().units();
        } else {
            role = roleFromClaims(user).orElseThrow(() -> refused("no_role",
                    "no role for " + username + " in claim " + settings.roleClaim()));
            units = values(user.getClaim(settings.unitsClaim()));
            if (role == Role.UNIT && units.isEmpty()) {
                throw refused("no_units", "no units for " + username + " in claim " + settings.unitsClaim());
            }
        }
        List<SimpleGrantedAuthority> authorities = Viewer.authorities(role, units).stream()
                .map(SimpleGrantedAuthority::new).toList();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(),
                user.getClaim("preferred_username") != null ? "preferred_username" : "sub");
    }

    private static String username(OidcUser user) {
        String name = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getEmail();
        return AccountStore.normalise(name != null ? name : user.getSubject());
    }

    private Optional<Role> roleFromClaims(OidcUser user) {
        for (String value : values(user.getClaim(settings.roleClaim()))) {
            Role mapped = settings.roles().get(value);
            if (mapped != null) {
                return Optional.of(mapped);
            }
            for (Role r : Role.values()) {
                if (r.name().equals(value.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** A claim given as one text, a list, or a text of comma- or space-separated values. */
    private static List<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            many.forEach(v -> values.add(String.valueOf(v).strip()));
        } else if (claim != null) {
            for (String v : claim.toString().split("[,\\s]+")) {
                values.add(v.strip());
            }
        }
        values.removeIf(String::isEmpty);
        return values;
    }

    private static OAuth2AuthenticationException refused(String code, String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, why, null), why);
    }
}
