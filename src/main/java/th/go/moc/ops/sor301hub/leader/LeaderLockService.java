package th.go.moc.ops.sor301hub.leader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.CRC32;
import org.apache.camel.support.cluster.AbstractCamelClusterService;

/**
 * Camel's cluster service for SOR-301 Hub's instances: on PostgreSQL, whoever holds the advisory lock of a
 * namespace leads it; on the embedded H2 (one instance by nature: H2 locks its file) this instance always leads.
 *
 * <p>Why the database and not a lock file on the share ({@code FileLockClusterService}): the share may be reached
 * over SFTP or SMB, where no file lock spans the instances, and every instance already has a session with the
 * one PostgreSQL; the lock lives and dies with that session, so a killed leader frees it at once.
 */
public final class LeaderLockService extends AbstractCamelClusterService<LeaderView> {

    private final String url;
    private final String username;
    private final String password;
    private final Duration check;
    private final String memberId;

    public LeaderLockService(String url, String username, String password, Duration failover) {
        super("sor301-hub-leader");
        this.url = url;
        this.username = username;
        this.password = password;
        // A third of the failover time: the follower's next check after a leader's death comes well within it.
        this.check = failover.dividedBy(3).compareTo(Duration.ofMillis(200)) < 0 ? Duration.ofMillis(200)
                : failover.dividedBy(3);
        this.memberId = ProcessHandle.current().pid() + "@" + hostName();
    }

    /** Whether instances take turns through the database (PostgreSQL), rather than one leading alone. */
    public boolean shared() {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    public String memberId() {
        return memberId;
    }

    @Override
    protected LeaderView createView(String namespace) {
        DatabaseLock lock = shared() ? new DatabaseLock(url, username, password, key(namespace), check) : null;
        return new LeaderView(this, namespace, lock, check, memberId);
    }

    /** This instance's view of a namespace, if some route policy asked for it. */
    Optional<LeaderView> view(String namespace) {
        try {
            return getNamespaces().contains(namespace) ? Optional.of((LeaderView) getView(namespace)) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The advisory lock's number: the same for every instance, different per namespace. */
    static long key(String namespace) {
        CRC32 crc = new CRC32();
        crc.update(("sor301-hub/" + namespace).getBytes(StandardCharsets.UTF_8));
        return 0x5301_0000_0000_0000L | crc.getValue();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
