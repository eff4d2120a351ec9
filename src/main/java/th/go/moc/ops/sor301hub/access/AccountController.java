package th.go.moc.ops.sor301hub.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import th.go.moc.ops.sor301hub.store.AuditLog;

/** A person sets their own password: at the first sign-in with a one-time password, and whenever they wish. */
@Controller
class AccountController {

    static final int MIN_LENGTH = 10;

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountController(AccountStore accounts, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(PasswordChangeFilter.PAGE)
    String passwordForm(Authentication auth, Model model) {
        return form(auth, accounts.byUsername(auth.getName()).map(Account::hasPassword).orElse(false), model);
    }

    private static String form(Authentication auth, boolean hasPassword, Model model) {
        model.addAttribute("hasPassword", hasPassword);
        model.addAttribute("minLength", MIN_LENGTH);
        model.addAttribute("mustChange", auth.getAuthorities().stream()
                .anyMatch(a -> Role.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority())));
        return "access/password";
    }

    @PostMapping(PasswordChangeFilter.PAGE)
    String changePassword(@RequestParam String current, @RequestParam String password, @RequestParam String repeat,
                          Authentication auth, Model model, HttpServletRequest request, HttpServletResponse response) {
        Account account = accounts.byUsername(auth.getName()).filter(Account::hasPassword).orElse(null);
        String problem = account == null ? "password.noLocalAccount"
                : !encoder.matches(current, account.passwordHash()) ? "password.wrongCurrent"
                : password.length() < MIN_LENGTH ? "password.tooShort"
                : !password.equals(repeat) ? "password.notRepeated"
                : password.equals(current) ? "password.same"
                : password.equalsIgnoreCase(account.username()) ? "password.isUsername" : null;
        if (problem != null) {
            model.addAttribute("problem", problem);
            return form(auth, account != null, model);
        }
        accounts.setPassword(account.id(), encoder.encode(password), false);
        audit.record(clock.instant(), "PASSWORD_CHANGED", account.username(), null, null, null, null);
        // The session's sign-in still says "must change": replace it with the account as it is now.
        HubUser changed = new HubUser(accounts.byId(account.id()).orElseThrow());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        return "redirect:/?password-changed";
    }
}
