package th.go.moc.ops.sor301hub.access;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.store.AuditLog;

/**
 * On the very first start (no account at all) creates the administrator "admin" with a one-time password:
 * {@code hub.access.admin-password} when set, else one made up here and written to the log once. It must be
 * changed at the first sign-in.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final AccessSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    FirstAdmin(AccountStore accounts, PasswordEncoder encoder, AccessSettings settings, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean given = settings.adminPassword() != null && !settings.adminPassword().isBlank();
        String password = given ? settings.adminPassword() : OneTimePasswords.make();
        try {
            accounts.create(USERNAME, "ผู้ดูแลระบบ Administrator", Role.ADMIN, List.of(), encoder.encode(password), true,
                    clock.instant());
        } catch (org.springframework.dao.DuplicateKeyException madeByTheOtherInstance) {
            // Two instances started together on an empty database: the other one made it and logged its password.
            return;
        }
        audit.record(clock.instant(), "ACCOUNT_CREATED", null, null, null, null, "first administrator: " + USERNAME);
        if (given) {
            log.warn("ผู้ดูแลระบบคนแรก / First administrator: user \"{}\", one-time password from hub.access.admin-password;"
                    + " it must be changed at the first sign-in", USERNAME);
        } else {
            log.warn("ผู้ดูแลระบบคนแรก / First administrator: user \"{}\", one-time password \"{}\" (shown only now;"
                    + " it must be changed at the first sign-in)", USERNAME, password);
        }
    }
}
