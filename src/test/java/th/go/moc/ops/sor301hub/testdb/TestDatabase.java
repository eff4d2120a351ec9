package th.go.moc.ops.sor301hub.testdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database a test's service uses: an H2 file beside the test's share, or, when the build runs the route and
 * store tests on PostgreSQL (system property {@code hub.test.database=postgresql}, set by the pom's
 * "postgresql" test run), a new empty database on the PostgreSQL server that .ci/run starts. A missing
 * server fails the test: it is never quietly swapped for H2.
 */
public record TestDatabase(String url, String username, String password) {

    private static final AtomicInteger made = new AtomicInteger();

    private static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("hub.test.database"));
    }

    /** A database of its own for the test class, named after a folder of the test's (H2) or fresh (PostgreSQL). */
    public static TestDatabase forTest(Path dir, String name) {
        if (!onPostgresql()) {
            return new TestDatabase("jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0",
                    "sa", "");
        }
        return postgresql();
    }

    /** A new empty database on the PostgreSQL server, whatever the run: for what only PostgreSQL can do. */
    public static TestDatabase postgresql() {
        String server = System.getProperty("hub.test.postgresql", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("hub.test.postgresql.user", "sor301");
        String password = System.getProperty("hub.test.postgresql.password", "sor301");
        String database = "sor301_test_" + ProcessHandle.current().pid() + "_" + made.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password)) {
            admin.createStatement().execute("drop database if exists " + database);
            admin.createStatement().execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " (user " + user
                    + ") is needed for this test run (.ci/run starts it): " + e.getMessage(), e);
        }
        return new TestDatabase(server + database, user, password);
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", this::username);
        registry.add("spring.datasource.password", this::password);
    }

    /** The command-line arguments that point a service started in its own JVM at this database. */
    public String[] arguments() {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
            "--spring.datasource.password=" + password};
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }
}
