package th.go.moc.ops.sor301hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.e2e.ShareFolders;
import th.go.moc.ops.sor301hub.samples.Burst;
import th.go.moc.ops.sor301hub.samples.TemplateV1Writer;

/**
 * The service in a child JVM, killed with SIGKILL (kill -9) at several points of a 200-file burst (while files
 * are being recorded, and while feedback is being written) and started again: in the end every file has exactly
 * one submission, one kept original and its feedback workbook, and nothing is owed.
 */
class CrashTest {

    static final int FILES = 200;
    static final int UNITS = 40;

    @TempDir
    Path root;

    private Process service;

    @AfterEach
    void stopTheService() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void killedAnywhereInABurstItLosesAndDuplicatesNothing() throws Exception {
        share = root.resolve("share");
        database = th.go.moc.ops.sor301hub.testdb.TestDatabase.forTest(root, "db");
        List<String> names = dropTheBurst(share.resolve("inbox"));

        start(share, 1);
        killWhen("40 originals kept", () -> kept(share) >= 40);
        start(share, 2);
        killWhen("120 originals kept", () -> kept(share) >= 120);
        start(share, 3);
        killWhen("all kept, some feedback written", () -> kept(share) >= FILES - 5
                || count(share.resolve("feedback")) >= 20);
        start(share, 4);
        waitFor("every file kept and answered", () -> ShareFolders.noFiles(share.resolve("inbox"))
                && count(share.resolve("feedback")) >= FILES && Files.exists(share.resolve("outputs/2569-05/SOR301_2569-05.xlsx")), 300);
        waitFor("nothing owed", () -> owed(share) == 0, 60);
        service.destroyForcibly().waitFor();

        try (Connection db = database(share)) {
            List<String> recorded = strings(db, "select file_name from submission order by file_name");
            assertThat(recorded).as("one submission per file").hasSize(FILES).containsExactlyInAnyOrderElementsOf(names);
            assertThat(strings(db, "select distinct status from submission")).containsExactly("ACCEPTED", "SUPERSEDED")
                    .as("every file was valid: the newest of each unit counts, the others are superseded");
            assertThat(strings(db, "select count(*) from work_item where done_at is null")).containsExactly("0");
        }
        List<Path> originals = ShareFolders.files(share.resolve("archive"));
        assertThat(originals).as("one kept original per file, none half copied").hasSize(FILES)
                .allSatisfy(p -> assertThat(Files.size(p)).isPositive());
        Set<String> keptNames = new TreeSet<>();
        originals.forEach(p -> keptNames.add(p.getFileName().toString().replaceFirst("^\\d{8}-\\d{6}_", "")));
        assertThat(keptNames).containsExactlyInAnyOrderElementsOf(names);
        assertThat(ShareFolders.files(share.resolve("rejected"))).isEmpty();
        assertThat(ShareFolders.files(share.resolve("feedback"))).hasSize(FILES)
                .allSatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".ตรวจแล้ว-checked.xlsx"));
    }

    /** 200 valid workbooks from 40 units, five versions each, all in the inbox before the service starts. */
    private List<String> dropTheBurst(Path inbox) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Burst.Item item = Burst.item(i, UNITS);
            Path file = Files.createDirectories(inbox.resolve(item.unit().id())).resolve(item.name());
            TemplateV1Writer.write(item.workbook(), file);
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L + i));
            names.add(item.name());
        }
        return names;
    }

    private Path log;

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private th.go.moc.ops.sor301hub.testdb.TestDatabase database;

    private void start(Path share, int run) throws IOException {
        log = root.resolve("service-" + run + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "th.go.moc.ops.sor301hub.Sor301HubApplication",
                "--hub.share=" + share, "--hub.seed-samples=false", "--hub.settle=300ms", "--hub.poll=100ms",
                "--server.port=0",
                // The class path of a test run names the build's classes twice (folder and manifest): one set of routes.
                "--camel.main.routes-include-pattern=file:" + Path.of("target/classes/routes").toAbsolutePath()
                        + "/*.camel.yaml"));
        command.addAll(List.of(database.arguments()));
        service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void killWhen(String what, BooleanSupplier moment) throws Exception {
        waitFor(what, moment, 120);
        service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    private Path share;

    private void waitFor(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (!service.isAlive()) {
                throw new AssertionError("the service stopped while waiting for: " + what + "\n" + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + what + " (kept " + kept(share) + ", in the inbox "
                        + count(share.resolve("inbox")) + ", feedback " + count(share.resolve("feedback")) + ")\n" + logTail());
            }
            Thread.sleep(50);
        }
    }

    private static long kept(Path share) {
        try (var walk = Files.walk(share.resolve("archive"))) {
            return walk.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static long count(Path dir) {
        try {
            return ShareFolders.files(dir).size();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** Work still owed, read while the service runs (H2's automatic server lets a second process in). */
    private long owed(Path share) {
        try (Connection db = database(share)) {
            return Long.parseLong(strings(db, "select count(*) from work_item where done_at is null").get(0));
        } catch (SQLException e) {
            return -1;
        }
    }

    private Connection database(Path share) throws SQLException {
        return database.connect();
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
