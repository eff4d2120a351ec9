package th.go.moc.ops.sor301hub.leader;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who leads in one namespace, as this instance sees it: it checks every {@code check} whether it holds the lock
 * (or can take it), and tells Camel's clustered route policy when that changes, which starts or stops the routes
 * that only the leader runs. Without a lock (one instance on an embedded database) it leads from the start.
 */
final class LeaderView extends AbstractCamelClusterView {

    private static final Logger log = LoggerFactory.getLogger(LeaderView.class);

    private final DatabaseLock lock;
    private final Duration check;
    private final Member local;
    private volatile boolean leader;
    private volatile Instant since = Instant.now();
    private volatile String lastProblem;
    private ScheduledExecutorService checker;

    LeaderView(CamelClusterService service, String namespace, DatabaseLock lock, Duration check, String memberId) {
        super(service, namespace);
        this.lock = lock;
        this.check = check;
        this.local = new Member(memberId);
    }

    boolean leader() {
        return leader;
    }

    Instant since() {
        return since;
    }

    /** Why the last check could not reach the database, or null. */
    String lastProblem() {
        return lastProblem;
    }

    @Override
    protected void doStart() {
        if (lock == null) {
            becomeLeader();
            return;
        }
        checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "leader-lock-" + getNamespace());
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(this::checkLock, 0, check.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws InterruptedException {
        if (checker != null) {
            checker.shutdownNow();
            checker.awaitTermination(check.toMillis() * 3, TimeUnit.MILLISECONDS);
        }
        stepDown("stopping");
    }

    private void checkLock() {
        try {
            if (leader) {
                if (!lock.stillHeld()) {
                    stepDown("the database session that held the lock is gone");
                }
            } else if (lock.tryTake()) {
                lastProblem = null;
                becomeLeader();
            } else {
                lastProblem = null;
            }
        } catch (Exception e) {
            lastProblem = e.toString();
            log.warn("Leader lock: database not reachable ({}); not leading until it is", e.getMessage());
            stepDown("the database is not reachable");
        }
    }

    private void becomeLeader() {
        leader = true;
        since = Instant.now();
        log.info("This instance ({}) now leads \"{}\": it reads the inbox and builds the outputs", local.getId(),
                getNamespace());
        fireLeadershipChangedEvent(local);
    }

    private void stepDown(String why) {
        if (lock != null) {
            lock.close();
        }
        if (leader) {
            leader = false;
            since = Instant.now();
            log.warn("This instance ({}) no longer leads \"{}\": {}", local.getId(), getNamespace(), why);
            fireLeadershipChangedEvent(Optional.empty());
        }
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        return leader ? Optional.of(local) : Optional.empty();
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return local;
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        return List.of(local);
    }

    private final class Member implements CamelClusterMember {
        private final String id;

        Member(String id) {
            this.id = id;
        }

        @Override
        public boolean isLeader() {
            return leader;
        }

        @Override
        public boolean isLocal() {
            return true;
        }

        @Override
        public String getId() {
            return id;
        }
    }
}
