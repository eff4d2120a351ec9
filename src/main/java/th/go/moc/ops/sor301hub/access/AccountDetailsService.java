package th.go.moc.ops.sor301hub.access;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Form sign-in looks accounts up here. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountStore accounts;

    AccountDetailsService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(username).map(HubUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
