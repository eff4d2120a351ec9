package th.go.moc.ops.sor301hub.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in for a while after repeated failures, per username and (more leniently) per address, so that
 * passwords cannot be guessed at speed. Kept in memory: a restart forgets, which costs an attacker a restart.
 */
@Component
public class LoginThrottle {

    /** An address may be a whole provincial office behind one router: it gets this many times the user's limit. */
    static final int ADDRESS_FACTOR = 4;
    /** Beyond this many keys, the oldest failures are forgotten first (a flood of made-up names must not fill memory). */
    private static final int MAX_KEYS = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final AccessSettings settings;
    private final Clock clock;

    public LoginThrottle(AccessSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether a sign-in as this username, from this address, is refused without checking the password. */
    public boolean blocked(String username, String address) {
        return recent(userKey(username)) >= settings.maxFailedLogins()
                || recent(addressKey(address)) >= settings.maxFailedLogins() * ADDRESS_FACTOR;
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_KEYS) {
            forgetOld();
        }
        Instant now = clock.instant();
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(settings.lockout());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private void forgetOld() {
        Instant since = clock.instant().minus(settings.lockout());
        for (Iterator<Map.Entry<String, Deque<Instant>>> it = failures.entrySet().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next().getValue();
            synchronized (times) {
                if (times.isEmpty() || times.peekLast().isBefore(since)) {
                    it.remove();
                }
            }
        }
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
