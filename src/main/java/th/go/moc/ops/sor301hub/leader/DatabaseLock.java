package th.go.moc.ops.sor301hub.leader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * One instance's hold on PostgreSQL's session-level advisory lock, on a connection of its own (not the pool's):
 * the lock lasts exactly as long as that session. A leader killed outright closes its socket, PostgreSQL ends the
 * session and the lock is free at once; a leader cut off from the database finds out at its next check (the
 * socket timeout bounds the wait) and stops before the other instance's check can take over.
 */
final class DatabaseLock implements AutoCloseable {

    private final String url;
    private final Properties properties;
    private final long key;
    private final int checkSeconds;
    private Connection session;

    DatabaseLock(String url, String username, String password, long key, Duration check) {
        this.url = url;
        this.key = key;
        this.checkSeconds = (int) Math.max(1, check.toSeconds());
        this.properties = new Properties();
        properties.setProperty("user", username == null ? "" : username);
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("ApplicationName", "sor301-hub leader lock");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", Integer.toString(checkSeconds));
        properties.setProperty("socketTimeout", Integer.toString(2 * checkSeconds));
    }

    /** Takes the lock if no other session holds it; true if this instance holds it now. */
    boolean tryTake() throws SQLException {
        if (session == null || session.isClosed()) {
            session = java.sql.DriverManager.getConnection(url, properties);
        }
        try (PreparedStatement take = session.prepareStatement("select pg_try_advisory_lock(?)")) {
            take.setLong(1, key);
            try (ResultSet rs = take.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Whether the session that holds the lock is still there (the lock with it). */
    boolean stillHeld() {
        try (Statement ping = session.createStatement()) {
            ping.setQueryTimeout(checkSeconds);
            ping.execute("select 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Ends the session, which frees the lock if it was held. */
    @Override
    public void close() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // the session is gone either way
            }
            session = null;
        }
    }
}
