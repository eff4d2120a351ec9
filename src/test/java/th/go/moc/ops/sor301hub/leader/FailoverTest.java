package th.go.moc.ops.sor301hub.leader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.go.moc.ops.sor301hub.access.WebUser;
import th.go.moc.ops.sor301hub.e2e.ShareFolders;
import th.go.moc.ops.sor301hub.samples.Burst;
import th.go.moc.ops.sor301hub.samples.TemplateV1Writer;
import th.go.moc.ops.sor301hub.testdb.TestDatabase;

/**
 * Two instances on one PostgreSQL and one share, as on deadline day: one leads (reads the inbox, builds the
 * outputs), the other only serves the web. Units drop a burst of files; the leader is killed with kill -9 in the
 * middle of it; the other takes over within hub.failover, and in the end every file is recorded once, kept once,
 * answered once, and the month's outputs are built. Needs the PostgreSQL server .ci/run starts.
 */
class FailoverTest {

    static final int UNITS = 30;
    static final int FILES = 120;
    static final String FAILOVER = "6s";

    private final List<ServiceJvm> instances = new ArrayList<>();

    @AfterEach
    void stopBoth() throws InterruptedException {
        for (ServiceJvm s : instances) {
            s.kill();
        }
    }

    @Test
    void killedLeaderMidBurstIsReplacedAndEveryFileIsHandledOnce() throws Exception {
        Path root = Files.createTempDirectory("sor301-failover");
        Path share = root.resolve("share");
        TestDatabase database = TestDatabase.postgresql();
        ServiceJvm first = start("first", share, root, database);
        waitFor("the first instance to lead, healthy", () -> first.role().equals("leader") && first.status().equals("UP"),
                120, first);
        ServiceJvm second = start("second", share, root, database);
        // A follower is healthy (UP): a load balancer keeps sending it pages.
        waitFor("the second instance to serve and follow, healthy", () -> second.role().equals("follower")
                && second.status().equals("UP"), 120, second);
        assertThat(first.role()).isEqualTo("leader");

        // M&E staff signed in at the first instance (sessions are kept in the database).
        WebUser staff = WebUser.anonymous(first.port);
        assertThat(staff.signIn("admin", ServiceJvm.ADMIN_PASSWORD).headers().firstValue("Location").orElse(""))
                .doesNotContain("error");
        assertThat(WebUser.signedIn(staff.get("/"))).isTrue();
        // Password guesses count at every instance: five at the first, and the second turns the sixth away.
        WebUser guesser = WebUser.anonymous(first.port);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.signIn("someone", "guess-" + i).headers().firstValue("Location").orElse(""))
                    .endsWith("/login?error");
        }
        assertThat(guesser.at(second.port).signIn("someone", "guess-5").headers().firstValue("Location").orElse(""))
                .endsWith("/login?blocked");

        List<String> names = new ArrayList<>();
        Thread units = new Thread(() -> dropTheBurst(share.resolve("inbox"), root.resolve("made"), names), "units");
        units.start();
        waitFor("the leader to keep 30 originals", () -> kept(share) >= 30, 120, first);
        first.kill();
        long killed = System.nanoTime();
        waitFor("the second instance to lead", () -> second.role().equals("leader"), 60, second);
        double takeover = (System.nanoTime() - killed) / 1e9;
        System.out.printf("failover: the second instance led %.1f s after the first was killed (hub.failover %s)%n",
                takeover, FAILOVER);
        assertThat(takeover).as("took over within hub.failover").isLessThanOrEqualTo(6.0);
        assertThat(WebUser.signedIn(staff.at(second.port).get("/")))
                .as("the session made at the killed instance is served by the other").isTrue();
        assertThat(WebUser.signedIn(WebUser.anonymous(second.port).get("/"))).as("while nobody else is let in").isFalse();

        units.join();
        waitFor("every file read, answered and the month built", () -> ShareFolders.noFiles(share.resolve("inbox"))
                && count(share.resolve("feedback")) >= FILES && owed(database) == 0
                && Files.exists(share.resolve("outputs/2569-05/SOR301_2569-05.xlsx")), 300, second);

        try (Connection db = database.connect()) {
            List<String> recorded = strings(db, "select file_name from submission");
            assertThat(recorded).as("one submission per file").hasSize(FILES).containsExactlyInAnyOrderElementsOf(names);
            assertThat(strings(db, "select count(distinct sha256) from submission")).containsExactly(String.valueOf(FILES));
            // A file the killed leader had recorded and kept, but not yet removed from the inbox, is recognised by its
            // content and only noted (DUPLICATE): at most one per file being read at the kill (hub.workers, 2 here).
            assertThat(Long.parseLong(strings(db, "select count(*) from audit_event where event = 'DUPLICATE'").get(0)))
                    .isLessThanOrEqualTo(2);
            assertThat(strings(db, "select count(*) from submission where status = 'ACCEPTED'"))
                    .as("the newest version of each unit counts").containsExactly(String.valueOf(UNITS));
        }
        assertThat(kept(share)).as("one kept original per file").isEqualTo(FILES);
        assertThat(ShareFolders.files(share.resolve("rejected"))).isEmpty();
        assertThat(ShareFolders.files(share.resolve("feedback"))).hasSize(FILES);

        // The operations view: metrics of the instance leading now, and its structured log.
        String metrics = second.metrics();
        assertThat(metrics).contains("sor301_leader 1.0").contains("sor301_files_read_total{outcome=\"ACCEPTED\"}")
                .contains("sor301_intake_latency_seconds_count").contains("sor301_inbox_files 0.0");
        assertThat(second.health()).contains("\"db\":{").contains("\"share\":{").contains("\"status\":\"UP\"");
        ObjectMapper json = new ObjectMapper();
        JsonNode accepted = null;
        for (String line : second.logLines()) {
            if (line.startsWith("{") && line.contains("ACCEPTED (")) {
                accepted = json.readTree(line);
                break;
            }
        }
        assertThat(accepted).as("a JSON log line for a file read by the second instance").isNotNull();
        assertThat(accepted.path("@timestamp").asText()).isNotEmpty();
        assertThat(accepted.path("log").path("level").asText("") + accepted.path("log.level").asText(""))
                .isEqualTo("INFO");
        assertThat(accepted.path("file").asText()).endsWith(".xlsx");
        assertThat(accepted.path("folder").asText()).isNotEmpty();
    }

    private ServiceJvm start(String name, Path share, Path root, TestDatabase database) throws Exception {
        ServiceJvm s = ServiceJvm.start(name, share, root, database, FAILOVER);
        instances.add(s);
        return s;
    }

    /** 120 workbooks from 30 units, four versions each, dropped as units copy them: a finished file renamed in. */
    private static void dropTheBurst(Path inbox, Path made, List<String> names) {
        try {
            Files.createDirectories(made);
            for (int i = 0; i < FILES; i++) {
                Burst.Item item = Burst.item(i, UNITS);
                Path file = made.resolve(item.name());
                TemplateV1Writer.write(item.workbook(), file);
                ShareFolders.drop(file, inbox.resolve(item.unit().id()), item.name());
                synchronized (names) {
                    names.add(item.name());
                }
                Thread.sleep(25);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(String what, BooleanSupplier condition, int seconds, ServiceJvm watched)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (!watched.alive()) {
                throw new AssertionError("the service stopped while waiting for: " + what + "\n" + watched.logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + what + "\n" + watched.logTail());
            }
            Thread.sleep(100);
        }
    }

    private static long kept(Path share) {
        try (var walk = Files.walk(share.resolve("archive"))) {
            return walk.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")
                    && !p.toString().endsWith(".tmp")).count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static long count(Path dir) {
        try {
            return ShareFolders.files(dir).size();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static long owed(TestDatabase database) {
        try (Connection db = database.connect()) {
            return Long.parseLong(strings(db, "select count(*) from work_item where done_at is null").get(0));
        } catch (Exception e) {
            return -1;
        }
    }

    private static List<String> strings(Connection db, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
