package th.go.moc.ops.sor301hub.ops;

import java.nio.file.Files;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.leader.Leadership;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.share.ShareAccess;
import th.go.moc.ops.sor301hub.share.ShareBridge;

/**
 * "share" on /actuator/health: whether the share can be reached. For a share elsewhere, the leading instance's
 * last round with it says (with when it went away and the next try); a following instance asks it directly, at
 * most every few seconds. A local share must have its inbox folder.
 */
@Component("share")
public class ShareHealth implements HealthIndicator {

    private static final String UNREACHABLE = "ติดต่อโฟลเดอร์กลางไม่ได้ / the share cannot be reached: ";
    private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();

    private final HubSettings settings;
    private final ShareAccess shares;
    private final Leadership.LeaderState leader;
    private long askedAt;
    private Health asked;

    public ShareHealth(HubSettings settings, ShareAccess shares,
                       Leadership.LeaderState leader) {
        this.settings = settings;
        this.shares = shares;
        this.leader = leader;
    }

    @Override
    public Health health() {
        if (shares.bridge().isEmpty()) {
            return Files.isDirectory(settings.inbox())
                    ? Health.up().withDetail("share", settings.share().toAbsolutePath().toString()).build()
                    : Health.down().withDetail("share", settings.share().toAbsolutePath().toString())
                            .withDetail("problem", "ไม่พบโฟลเดอร์ inbox / no inbox folder").build();
        }
        ShareBridge bridge = shares.bridge().get();
        if (leader.now().leader()) {
            ShareBridge.State state = bridge.state();
            Health.Builder health = state.reachable() ? Health.up() : Health.down()
                    .withDetail("problem", UNREACHABLE + state.problem()).withDetail("awaySince", state.since().toString())
                    .withDetail("nextTry", String.valueOf(state.nextTry()));
            return health.withDetail("share", bridge.remote().address().toString())
                    .withDetail("waitingInShareInbox", bridge.waiting()).build();
        }
        return askDirectly(bridge);
    }

    private synchronized Health askDirectly(ShareBridge bridge) {
        long now = System.nanoTime();
        if (asked == null || now - askedAt > FRESH_NANOS) {
            String share = bridge.remote().address().toString();
            try {
                bridge.remote().check();
                asked = Health.up().withDetail("share", share).build();
            } catch (Exception e) {
                asked = Health.down().withDetail("share", share).withDetail("problem", UNREACHABLE + e.getMessage())
                        .build();
            }
            askedAt = now;
        }
        return asked;
    }
}
