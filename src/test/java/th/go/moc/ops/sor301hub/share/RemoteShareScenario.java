package th.go.moc.ops.sor301hub.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import th.go.moc.ops.sor301hub.e2e.ShareFolders;
import th.go.moc.ops.sor301hub.samples.OneLineWorkbook;
import th.go.moc.ops.sor301hub.samples.TemplateV1Writer;
import th.go.moc.ops.sor301hub.samples.UnitWorkbook;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStatus;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.testdb.TestDatabase;

/**
 * What a unit and M&E staff see when the share is on a file server reached over SFTP or SMB: files dropped on the
 * server (one copied slowly, with a pause longer than the settle time, and one that is no workbook) end up kept
 * on the server (archive/ or rejected/ with its reason), answered (feedback/), counted in the month's outputs, and
 * gone from the server's inbox; when the server goes away, the health endpoint says so and a file dropped
 * meanwhile is read once it is back. The password is never logged. Subclasses start the real server.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RemoteShareScenario {

    static final FiscalPeriod MAY_2569 = new FiscalPeriod(2569, 8);
    static final String PASSWORD = "ร่ม-secret-7f3";

    @Autowired
    SubmissionStore store;

    @LocalServerPort
    int port;

    /** The share's folder on the server machine (where the server keeps what it is sent). */
    abstract Path served();

    /** This instance's working copy of the share. */
    abstract Path working();

    abstract void stopServer() throws Exception;

    abstract void startServer() throws Exception;

    static void properties(DynamicPropertyRegistry registry, Path root, String address) throws IOException {
        Path secret = Files.writeString(root.resolve("share-password"), PASSWORD + "\n", StandardCharsets.UTF_8);
        registry.add("hub.share", () -> address);
        registry.add("hub.share-username", () -> System.getProperty("user.name"));
        registry.add("hub.share-password-file", secret::toString);
        registry.add("hub.work", () -> root.resolve("work").toString());
        registry.add("hub.seed-samples", () -> "false");
        registry.add("hub.settle", () -> "300ms");
        registry.add("hub.poll", () -> "100ms");
        TestDatabase.forTest(root, "db").register(registry);
    }

    @Test
    @Order(1)
    void filesDroppedOnTheServerAreReadKeptAndAnswered(CapturedOutput output) throws Exception {
        Path root = Files.createTempDirectory("sor301-remote-files");
        UnitWorkbook wb = OneLineWorkbook.of("สำนักงานพาณิชย์จังหวัดเชียงราย");
        Path workbook = root.resolve("chiangrai.xlsx");
        TemplateV1Writer.write(wb, workbook);
        byte[] bytes = Files.readAllBytes(workbook);

        Path rejectedUnit = Files.createDirectories(served().resolve("inbox/pco-lampang"));
        Files.writeString(rejectedUnit.resolve("เสีย.xlsx"), "not a workbook at all", StandardCharsets.UTF_8);
        // The slow copy: half, a pause of ten settle times, the rest.
        Path unit = Files.createDirectories(served().resolve("inbox/pco-chiangrai"));
        try (OutputStream out = Files.newOutputStream(unit.resolve("สงป301_เชียงราย.xlsx"))) {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            Thread.sleep(3000);
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        }

        String outputs = "outputs/" + MAY_2569.key() + "/SOR301_" + MAY_2569.key() + ".xlsx";
        ShareFolders.eventually(() -> "inbox emptied, both answered, outputs built; on the server: " + listing(),
                () -> ShareFolders.noFiles(served().resolve("inbox"))
                        && count("feedback") >= 2 && Files.isRegularFile(served().resolve(outputs)));

        List<StoredSubmission> chiangrai = store.versions("pco-chiangrai", MAY_2569);
        assertThat(chiangrai).extracting(StoredSubmission::status).containsExactly(SubmissionStatus.ACCEPTED);
        Path kept = served().resolve(chiangrai.get(0).storedPath());
        assertThat(kept.toString()).contains("archive").endsWith("_สงป301_เชียงราย.xlsx");
        assertThat(Files.readAllBytes(kept)).isEqualTo(bytes);

        List<Path> rejected = ShareFolders.files(served().resolve("rejected"));
        assertThat(rejected).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.endsWith("_เสีย.xlsx"))
                .anyMatch(n -> n.endsWith("_เสีย.xlsx.เหตุผล-reason.txt"));
        Path reason = rejected.stream().filter(p -> p.toString().endsWith("reason.txt")).findFirst().orElseThrow();
        assertThat(Files.readString(reason)).contains("เสีย.xlsx").contains("was not accepted");
        assertThat(ShareFolders.files(served().resolve("feedback"))).extracting(p -> p.getParent().getFileName().toString())
                .contains("pco-chiangrai", "pco-lampang");
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    @Order(2)
    void aServerThatGoesAwayIsWaitedForAndNothingIsLost(CapturedOutput output) throws Exception {
        stopServer();
        ShareFolders.eventually("the health endpoint to say the share is down", () -> shareStatus().equals("DOWN"));
        assertThat(health()).contains("\"status\":\"DOWN\"");

        Path root = Files.createTempDirectory("sor301-remote-away");
        UnitWorkbook wb = OneLineWorkbook.of("สำนักงานพาณิชย์จังหวัดเชียงราย");
        wb.lines.get(0).result[7] = 2.0;
        Path workbook = root.resolve("again.xlsx");
        TemplateV1Writer.write(wb, workbook);
        Files.copy(workbook, served().resolve("inbox/pco-chiangrai/สงป301_เชียงราย_แก้.xlsx"));
        // As if an instance had died before putting a unit's feedback on the server: gone from both places.
        List<Path> lampang = ShareFolders.files(served().resolve("feedback/pco-lampang"));
        assertThat(lampang).hasSize(1);
        String lost = served().relativize(lampang.get(0)).toString();
        Files.delete(lampang.get(0));
        Files.delete(working().resolve(lost));
        Thread.sleep(1500);
        assertThat(store.versions("pco-chiangrai", MAY_2569)).hasSize(1);

        startServer();
        ShareFolders.eventually(() -> "the file dropped while the server was away read; on the server: " + listing(),
                () -> store.versions("pco-chiangrai", MAY_2569).size() == 2
                        && ShareFolders.noFiles(served().resolve("inbox")));
        ShareFolders.eventually("the health endpoint to say the share is up", () -> shareStatus().equals("UP"));
        StoredSubmission newest = store.versions("pco-chiangrai", MAY_2569).get(0);
        assertThat(newest.fileName()).isEqualTo("สงป301_เชียงราย_แก้.xlsx");
        ShareFolders.eventually("its original kept on the server",
                () -> Files.isRegularFile(served().resolve(newest.storedPath())));
        assertThat(Files.readAllBytes(served().resolve(newest.storedPath()))).isEqualTo(Files.readAllBytes(workbook));
        ShareFolders.eventually("the lost feedback written again and put on the server",
                () -> Files.isRegularFile(served().resolve(lost)));
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    private String shareStatus() {
        String health = health();
        int at = health.indexOf("\"share\":");
        if (at < 0) {
            return "absent";
        }
        int status = health.indexOf("\"status\":\"", at);
        return health.substring(status + 10, health.indexOf('"', status + 10));
    }

    private String health() {
        return th.go.moc.ops.sor301hub.Http.text("http://localhost:" + port + "/actuator/health");
    }

    private long count(String folder) {
        try {
            return ShareFolders.files(served().resolve(folder)).size();
        } catch (IOException e) {
            return 0;
        }
    }

    private String listing() {
        try {
            return Arrays.toString(ShareFolders.files(served()).stream().map(p -> served().relativize(p).toString())
                    .toArray());
        } catch (IOException e) {
            return e.toString();
        }
    }
}
