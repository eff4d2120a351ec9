package th.go.moc.ops.sor301hub.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.setup.Components;
import th.go.moc.ops.sor301hub.store.AuditLog;

/**
 * Accounts (who may sign in, with which role and units) and the settings in force, for administrators.
 * A new or reset password is shown once, to be handed over and changed at the first sign-in.
 */
@Controller
class AdminController {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final Components components;
    private final HubSettings hub;
    private final AccessSettings access;
    private final AuditLog audit;
    private final Clock clock;

    AdminController(AccountStore accounts, PasswordEncoder encoder, Components components, HubSettings hub,
                    AccessSettings access, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.components = components;
        this.hub = hub;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", components.units().all());
        return "access/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
                  @RequestParam(required = false) List<String> units, @RequestParam(defaultValue = "false") boolean oidcOnly,
                  Authentication auth, Model model) {
        String name = AccountStore.normalise(username);
        List<String> chosen = checkedUnits(role, units);
        String problem = !USERNAME.matcher(name).matches() ? "admin.problem.username"
                : accounts.byUsername(name).isPresent() ? "admin.problem.exists"
                : displayName.isBlank() ? "admin.problem.displayName"
                : role == Role.UNIT && chosen.isEmpty() ? "admin.problem.noUnits" : null;
        if (problem != null) {
            model.addAttribute("problem", problem);
            return users(model);
        }
        String password = oidcOnly ? null : OneTimePasswords.make();
        Account created = accounts.create(name, displayName, role, chosen,
                password == null ? null : encoder.encode(password), password != null, clock.instant());
        audit.record(clock.instant(), "ACCOUNT_CREATED", auth.getName(), null, null, null, describe(created));
        model.addAttribute("created", created);
        model.addAttribute("oneTimePassword", password);
        return users(model);
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, Model model) {
        model.addAttribute("account", account(id));
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", components.units().all());
        return "access/user";
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @RequestParam String displayName, @RequestParam Role role,
                  @RequestParam(required = false) List<String> units, @RequestParam(defaultValue = "false") boolean enabled,
                  Authentication auth, Model model) {
        Account account = account(id);
        List<String> chosen = checkedUnits(role, units);
        String problem = displayName.isBlank() ? "admin.problem.displayName"
                : role == Role.UNIT && chosen.isEmpty() ? "admin.problem.noUnits"
                : account.username().equals(auth.getName()) && (!enabled || role != Role.ADMIN) ? "admin.problem.self"
                : null;
        if (problem != null) {
            model.addAttribute("problem", problem);
            return user(id, model);
        }
        accounts.update(id, displayName, role, chosen, enabled);
        audit.record(clock.instant(), "ACCOUNT_CHANGED", auth.getName(), null, null, null,
                describe(accounts.byId(id).orElseThrow()));
        return "redirect:/admin/users/" + id + "?saved";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, Authentication auth, Model model) {
        Account account = account(id);
        String password = OneTimePasswords.make();
        accounts.setPassword(id, encoder.encode(password), true);
        audit.record(clock.instant(), "PASSWORD_RESET", auth.getName(), null, null, null, account.username());
        model.addAttribute("oneTimePassword", password);
        return user(id, model);
    }

    @GetMapping("/admin/settings")
    String settings(Model model) {
        model.addAttribute("hub", hub);
        model.addAttribute("access", access);
        return "access/settings";
    }

    private Account account(long id) {
        return accounts.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Units only for a UNIT account, and only ids the registry knows. */
    private List<String> checkedUnits(Role role, List<String> units) {
        if (role != Role.UNIT || units == null) {
            return List.of();
        }
        Set<String> known = new LinkedHashSet<>();
        for (String u : units) {
            if (components.units().byId(u).isEmpty()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such unit: " + u);
            }
            known.add(u);
        }
        return new ArrayList<>(known);
    }

    private static String describe(Account a) {
        return a.username() + " role " + a.role() + (a.units().isEmpty() ? "" : " units " + String.join(",", a.units()))
                + (a.enabled() ? "" : " disabled") + (a.hasPassword() ? "" : " organisation sign-in only");
    }
}
