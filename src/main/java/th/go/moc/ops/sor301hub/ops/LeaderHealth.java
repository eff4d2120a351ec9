package th.go.moc.ops.sor301hub.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.leader.Leadership;

/**
 * "leader" on /actuator/health: whether this instance leads (reads the share, builds the outputs) or follows
 * (serves the web only). Following is healthy; failing to reach the database for the lock is not.
 */
@Component("leader")
public class LeaderHealth implements HealthIndicator {

    private final Leadership.LeaderState leader;

    public LeaderHealth(Leadership.LeaderState leader) {
        this.leader = leader;
    }

    @Override
    public Health health() {
        Leadership.State state = leader.now();
        Health.Builder health = state.problem() == null ? Health.up() : Health.down().withDetail("problem", state.problem());
        return health.withDetail("role", state.leader() ? "leader" : "follower")
                .withDetail("member", state.member())
                .withDetail("sharedLock", state.shared())
                .withDetail("since", String.valueOf(state.since()))
                .build();
    }
}
