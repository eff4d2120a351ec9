package th.go.moc.ops.sor301hub.leader;

import java.time.Duration;
import java.time.Instant;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.RoutePolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Only the leading instance reads the inbox, writes feedback and builds the outputs: those routes carry the
 * route policy "leadership" (routes/*.camel.yaml). Every instance serves the web.
 */
@Configuration("leaderConfiguration")
public class Leadership {

    /** The one namespace the routes share: one leader for all the work on the share. */
    public static final String NAMESPACE = "share-work";

    @Bean
    LeaderLockService leaderLockService(CamelContext camel, @Value("${spring.datasource.url}") String url,
                                        @Value("${spring.datasource.username:}") String username,
                                        @Value("${spring.datasource.password:}") String password,
                                        @Value("${hub.failover:15s}") Duration failover) throws Exception {
        LeaderLockService service = new LeaderLockService(url, username, password, failover);
        service.setCamelContext(camel);
        camel.addService(service, true, true);
        return service;
    }

    @Bean("leadership")
    RoutePolicy leadership(LeaderLockService service) throws Exception {
        ClusteredRoutePolicy policy = ClusteredRoutePolicy.forNamespace(service, NAMESPACE);
        policy.setInitialDelay(Duration.ZERO);
        return policy;
    }

    /** What the health endpoint and the logs say of this instance. */
    public record State(String member, boolean shared, boolean leader, Instant since, String problem) {
    }

    @Bean
    LeaderState leaderState(LeaderLockService service) {
        return () -> service.view(NAMESPACE)
                .map(v -> new State(service.memberId(), service.shared(), v.leader(), v.since(), v.lastProblem()))
                .orElse(new State(service.memberId(), service.shared(), false, null, null));
    }

    /** This instance's part, read when asked. */
    @FunctionalInterface
    public interface LeaderState {
        State now();
    }
}
