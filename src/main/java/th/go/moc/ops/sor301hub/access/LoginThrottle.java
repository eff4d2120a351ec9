package th.go.moc.ops.sor301hub.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in for a while after repeated failures, per username and (more leniently) per address, so that
 * passwords cannot be guessed at speed. The failures are kept in the database, so every instance counts the
 * same ones and a restart forgets nothing; those older than the lock-out time are deleted as new ones come,
 * so a flood of made-up names fills nothing for long.
 */
@Component
public class LoginThrottle {

    /** An address may be a whole provincial office behind one router: it gets this many times the user's limit. */
    static final int ADDRESS_FACTOR = 4;
    private static final int KEY_LENGTH = 300;

    private final JdbcClient jdbc;
    private final AccessSettings settings;
    private final Clock clock;

    public LoginThrottle(JdbcClient jdbc, AccessSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether a sign-in as this username, from this address, is refused without checking the password. */
    public boolean blocked(String username, String address) {
        OffsetDateTime since = at(clock.instant().minus(settings.lockout()));
        return recent(userKey(username), since) >= settings.maxFailedLogins()
                || recent(addressKey(address), since) >= (long) settings.maxFailedLogins() * ADDRESS_FACTOR;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from sign_in_failure where failed_at < ?").param(at(now.minus(settings.lockout()))).update();
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            jdbc.sql("insert into sign_in_failure (throttle_key, failed_at) values (?, ?)").params(key, at(now)).update();
        }
    }

    public void succeeded(String username) {
        jdbc.sql("delete from sign_in_failure where throttle_key = ?").param(userKey(username)).update();
    }

    private long recent(String key, OffsetDateTime since) {
        return jdbc.sql("select count(*) from sign_in_failure where throttle_key = ? and failed_at >= ?")
                .params(key, since).query(Long.class).single();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String userKey(String username) {
        return fit("user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return fit("address:" + address);
    }

    private static String fit(String key) {
        return key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }
}
