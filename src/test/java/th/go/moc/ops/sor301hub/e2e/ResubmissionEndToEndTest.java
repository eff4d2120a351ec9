package th.go.moc.ops.sor301hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import th.go.moc.ops.sor301hub.Openpyxl;
import th.go.moc.ops.sor301hub.Readback;
import th.go.moc.ops.sor301hub.access.Role;
import th.go.moc.ops.sor301hub.access.WebUser;
import th.go.moc.ops.sor301hub.samples.OneLineWorkbook;
import th.go.moc.ops.sor301hub.samples.TemplateV1Writer;
import th.go.moc.ops.sor301hub.samples.UnitWorkbook;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.store.StoredSubmission;
import th.go.moc.ops.sor301hub.store.SubmissionStatus;
import th.go.moc.ops.sor301hub.store.SubmissionStore;

/**
 * A unit's month over several drops: rejected, corrected, dropped again unchanged, corrected once more;
 * and a file that is no workbook at all. Every version is kept, the newest accepted one counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResubmissionEndToEndTest {

    static final Path root = ShareFolders.tempRoot();
    static final FiscalPeriod MAY_2569 = new FiscalPeriod(2569, 8);

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) {
        ShareFolders.properties(registry, root.resolve("share"), "db");
    }

    @AfterAll
    static void removeTheShare() {
        FileSystemUtils.deleteRecursively(root.toFile());
    }

    @Autowired
    CamelContext camel;

    @Autowired
    SubmissionStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private final Path share = root.resolve("share");
    private final Path unitFolder = root.resolve("share/inbox/pco-chiangrai");

    @Test
    void everyVersionIsKeptAndTheNewestAcceptedOneCounts() throws Exception {
        UnitWorkbook wb = OneLineWorkbook.of("สำนักงานพาณิชย์จังหวัดเชียงราย");
        wb.lines.get(0).result[7] = null;
        dropAndWait(wb, "สงป301_เชียงราย.xlsx", false);
        assertThat(statuses()).containsExactly(SubmissionStatus.REJECTED);

        wb.lines.get(0).result[7] = 1.0;
        Path corrected = dropAndWait(wb, "สงป301_เชียงราย.xlsx", true);
        assertThat(statuses()).containsExactly(SubmissionStatus.ACCEPTED, SubmissionStatus.REJECTED);

        // The same bytes again, under another name: recognised, not a new version.
        ShareFolders.drop(corrected, unitFolder, "สำเนา.xlsx");
        ShareFolders.awaitQuiet(camel, share.resolve("inbox"));
        assertThat(jdbc.sql("select count(*) from audit_event where event = 'DUPLICATE' and file_name = 'สำเนา.xlsx'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(statuses()).hasSize(2);

        wb.lines.get(0).result[7] = 2.0;
        dropAndWait(wb, "สงป301_เชียงราย.xlsx", true);
        List<StoredSubmission> versions = chiangrai();
        assertThat(versions).extracting(StoredSubmission::version).containsExactly(3, 2, 1);
        assertThat(versions).extracting(StoredSubmission::status).containsExactly(SubmissionStatus.ACCEPTED,
                SubmissionStatus.SUPERSEDED, SubmissionStatus.REJECTED);
        assertThat(store.accepted(MAY_2569, id -> id)).filteredOn(u -> u.unitId().equals("pco-chiangrai"))
                .singleElement().satisfies(u -> {
            assertThat(u.version()).isEqualTo(3);
            assertThat(u.lines().get(0).result().get(8)).isEqualTo(2.0);
        });
        // Two accepted originals in the archive, the rejected one in rejected/, nothing overwritten.
        assertThat(ShareFolders.files(share.resolve("archive/2569/05/pco-chiangrai"))).hasSize(2);
        assertThat(ShareFolders.files(share.resolve("rejected"))).filteredOn(p -> p.toString().contains("เชียงราย"))
                .extracting(p -> p.getFileName().toString().replaceFirst("^\\d{8}-\\d{6}_", ""))
                .containsExactlyInAnyOrder("สงป301_เชียงราย.xlsx", "สงป301_เชียงราย.xlsx.เหตุผล-reason.txt");
        Path sor301 = share.resolve("outputs/2569-05/SOR301_2569-05.xlsx");
        assertThat(Readback.rows(sor301, "พณจ.เชียงราย").get(0).get(0)).contains("ฉบับที่ 3");
        // The unit's feedback for version 3 lists what changed from version 2; so does its page.
        Path feedback = share.resolve("feedback/pco-chiangrai/สงป301_เชียงราย.ตรวจแล้ว-checked.xlsx");
        Map<String, Object> fb = Openpyxl.readFeedback(feedback);
        assertThat(fb.get("changes")).isEqualTo(
                List.of(List.of("จำนวนรายงานที่เสนอผู้บริหาร", "ผล พ.ค. / result May", "1", "2")));
        WebUser unit = WebUser.signedIn(context, port, "chiangrai", Role.UNIT, "pco-chiangrai");
        HttpResponse<String> page = unit.get("/months/2569-05/units/pco-chiangrai");
        assertThat(page.body()).contains("ฉบับล่าสุด (ฉบับที่ 3)").contains("สิ่งที่เปลี่ยนจากฉบับก่อน").contains("ผล พ.ค.")
                .contains("ถูกแทนที่ด้วยฉบับใหม่").contains("ไม่ผ่านการตรวจ").contains("/units/pco-chiangrai/feedback")
                // Dropped today, months after the deadline: the warnings table lists it, for information, without
                // the rule's code.
                .contains("คำเตือน 1 รายการ").contains("เพื่อทราบ ไม่ต้องแก้ไข:").contains("หลังกำหนดส่ง")
                .doesNotContain(">LATE<");
        HttpResponse<byte[]> download = unit.download("/months/2569-05/units/pco-chiangrai/feedback");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.body()).isEqualTo(Files.readAllBytes(feedback));
        assertThat(jdbc.sql("select event from audit_event where unit_id = 'pco-chiangrai' order by id")
                .query(String.class).list()).containsSubsequence("ARRIVED", "REJECTED", "ARRIVED", "ACCEPTED", "DUPLICATE",
                "ARRIVED", "SUPERSEDED", "ACCEPTED", "DOWNLOAD");
        assertThat(jdbc.sql("select actor from audit_event where event = 'DOWNLOAD'").query(String.class).list())
                .containsExactly("chiangrai");
    }

    @Test
    void aFileThatIsNoWorkbookIsKeptWithItsReasonAndTheServiceGoesOn() throws IOException {
        Path notes = Files.writeString(root.resolve("notes.txt"), "ส่งรายงานช้าเพราะไฟดับ");
        ShareFolders.drop(notes, share.resolve("inbox"), "บันทึก.xlsx");
        UnitWorkbook wb = OneLineWorkbook.of("กองยุทธศาสตร์และแผนงาน");
        Path valid = root.resolve("กยผ.xlsx");
        TemplateV1Writer.write(wb, valid);
        ShareFolders.drop(valid, share.resolve("inbox/kyp"), "กยผ.xlsx");

        ShareFolders.awaitQuiet(camel, share.resolve("inbox"));
        assertThat(share.resolve("outputs/2569-05/SOR301_2569-05.xlsx")).exists();
        Path reason = ShareFolders.files(share.resolve("rejected")).stream()
                .filter(p -> p.getFileName().toString().endsWith("_บันทึก.xlsx.เหตุผล-reason.txt")).findFirst().orElseThrow();
        assertThat(Files.readString(reason)).contains("บันทึก.xlsx").contains("ไม่ใช่สมุดงาน Excel").contains("plain text");
        assertThat(store.withoutPeriod()).extracting(StoredSubmission::fileName).contains("บันทึก.xlsx");
        assertThat(store.forPeriod(MAY_2569)).extracting(StoredSubmission::unitId).contains("kyp");
    }

    private List<StoredSubmission> chiangrai() {
        return store.forPeriod(MAY_2569).stream().filter(s -> "pco-chiangrai".equals(s.unitId())).toList();
    }

    private List<SubmissionStatus> statuses() {
        return chiangrai().stream().map(StoredSubmission::status).toList();
    }

    /** Drops a version as the unit would and waits until the service has recorded it, answered and rebuilt. */
    private Path dropAndWait(UnitWorkbook wb, String name, boolean accepted) throws IOException {
        Path file = root.resolve("v" + System.nanoTime() + ".xlsx");
        TemplateV1Writer.write(wb, file);
        int versions = chiangrai().size();
        ShareFolders.drop(file, unitFolder, name);
        ShareFolders.awaitQuiet(camel, share.resolve("inbox"));
        assertThat(chiangrai()).hasSize(versions + 1);
        assertThat(chiangrai().get(0).status() == SubmissionStatus.ACCEPTED).isEqualTo(accepted);
        return file;
    }
}
