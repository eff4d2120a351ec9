package th.go.moc.ops.sor301hub.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An account as Spring Security signs it in: its role and units as authorities. */
public record HubUser(Account account) implements UserDetails {

    public String displayName() {
        return account.displayName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        Viewer.authorities(account.role(), account.units()).forEach(a -> authorities.add(new SimpleGrantedAuthority(a)));
        if (account.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(Role.PASSWORD_CHANGE_REQUIRED));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        // An account without a password signs in through OpenID Connect only.
        return account.enabled() && account.hasPassword();
    }
}
