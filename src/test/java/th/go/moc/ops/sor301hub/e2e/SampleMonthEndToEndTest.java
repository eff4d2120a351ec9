package th.go.moc.ops.sor301hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.Readback;
import th.go.moc.ops.sor301hub.access.Role;
import th.go.moc.ops.sor301hub.access.WebUser;
import th.go.moc.ops.sor301hub.report.ConsolidatedWorkbookWriter;
import th.go.moc.ops.sor301hub.report.OutputsBuilder;
import th.go.moc.ops.sor301hub.samples.SampleMonth;

/**
 * The sample month dropped on a real share folder: the routes take every file, keep the originals,
 * and build the month's outputs, which are read back with an independent reader and traced to the
 * cells of the workbooks the units sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleMonthEndToEndTest {

    // Made here, not by @TempDir: the Spring context reads it before JUnit would fill in a field.
    static final Path root = ShareFolders.tempRoot();

    @DynamicPropertySource
    static void share(DynamicPropertyRegistry registry) {
        ShareFolders.properties(registry, root.resolve("share"), "db");
    }

    @Autowired
    CamelContext camel;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private Path share;
    private Path outputs;

    @BeforeAll
    void dropTheSampleMonth() throws IOException {
        share = root.resolve("share");
        NotifyBuilder intakeDone = new NotifyBuilder(camel).fromCurrentRoute("intake").whenDone(22).create();
        NotifyBuilder outputsBuilt = new NotifyBuilder(camel).fromCurrentRoute("outputs")
                .whenAnyDoneMatches(e -> e.getMessage().getBody(OutputsBuilder.Built.class).units() == 19).create();
        for (Path sample : Fixtures.sampleWorkbooks()) {
            Path unitFolder = share.resolve("inbox").resolve(sample.getParent().getFileName());
            ShareFolders.drop(sample, unitFolder, sample.getFileName().toString());
        }
        assertThat(intakeDone.matches(60, TimeUnit.SECONDS)).as("all 22 files taken").isTrue();
        assertThat(outputsBuilt.matches(60, TimeUnit.SECONDS)).as("outputs built with the 19 accepted units").isTrue();
        ShareFolders.awaitQuiet(camel, share.resolve("inbox"));
        outputs = share.resolve("outputs/2569-05");
    }

    @AfterAll
    void removeTheShare() {
        org.springframework.util.FileSystemUtils.deleteRecursively(root.toFile());
    }

    @Test
    void keepsEveryOriginalAndEmptiesTheInbox() throws IOException {
        assertThat(ShareFolders.files(share.resolve("inbox"))).isEmpty();
        List<Path> archived = ShareFolders.files(share.resolve("archive"));
        assertThat(archived).hasSize(19);
        assertThat(archived).anySatisfy(p -> assertThat(share.resolve("archive").relativize(p).toString())
                .matches("2569/05/pco-lampang/\\d{8}-\\d{6}_สงป301_พณจลำปาง_2569-05\\.xls"));
        List<Path> rejected = ShareFolders.files(share.resolve("rejected"));
        assertThat(rejected).hasSize(6);
        Path reason = rejected.stream().filter(p -> p.toString().contains("เชียงราย") && p.toString().endsWith("reason.txt"))
                .findFirst().orElseThrow();
        assertThat(Files.readString(reason)).contains("เซลล์ AA10").contains("cell AA10")
                .contains("จำนวนครั้งการจัดงานแสดงและจำหน่ายสินค้า");
        // The originals are kept byte for byte.
        Path original = Fixtures.sample("kyp");
        Path kept = archived.stream().filter(p -> p.toString().contains("/kyp/")).findFirst().orElseThrow();
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(original));
    }

    @Test
    void theConsolidatedWorkbookHasTheFormsSectionsInOrder() throws IOException {
        Path workbook = outputs.resolve("SOR301_2569-05.xlsx");
        List<String> first = Readback.firstColumn(workbook, ConsolidatedWorkbookWriter.FORM_SHEET);

        assertThat(first.get(0)).isEqualTo("รายงานผลปฏิบัติงาน (สงป. ๓๐๑) สำนักงานปลัดกระทรวงพาณิชย์ ประจำเดือน พฤษภาคม ๒๕๖๙");
        assertThat(first.get(1)).contains("แผนสะสม ต.ค. ๖๘ – พ.ค. ๖๙").contains("cumulative plan");
        List<List<String>> rows = Readback.rows(workbook, ConsolidatedWorkbookWriter.FORM_SHEET);
        assertThat(rows.get(2).get(2)).isEqualTo("ผลความคืบหน้าตามค่าเป้าหมายของตัวชี้วัดแต่ละระดับ (ต.ค. ๖๘ – พ.ค. ๖๙)");
        List<String> sections = first.stream().filter(t -> t.matches("^[๑๒๓]\\.[๑๒]? ?.*(ได้แก่|ดังนี้)$")).toList();
        assertThat(sections).containsExactly(
                "๑. ผลปฏิบัติงานสูงกว่าค่าเป้าหมายที่กำหนด ได้แก่", "๑.๑ เป้าหมายการให้บริการ สป. ดังนี้",
                "๑.๒ โครงการ/ผลผลิต และกิจกรรม ดังนี้",
                "๒. ผลปฏิบัติงานเป็นไปตามค่าเป้าหมายที่กำหนด ได้แก่", "๒.๑ เป้าหมายการให้บริการ สป. ดังนี้",
                "๒.๒ โครงการ/ผลผลิต และกิจกรรม ดังนี้",
                "๓. ผลปฏิบัติงานต่ำกว่าค่าเป้าหมายที่กำหนด ได้แก่", "๓.๑ เป้าหมายการให้บริการ สป. ดังนี้",
                "๓.๒ โครงการ/ผลผลิต และกิจกรรม ดังนี้");
        // 81 lines: each a unit's row under its indicator's heading.
        long lineRows = first.stream().filter(t -> t.startsWith("    – ")).count();
        assertThat(lineRows).isEqualTo(81);
        // Service-target lines sit in .๑, outputs and activities in .๒.
        int below = first.indexOf("๓.๒ โครงการ/ผลผลิต และกิจกรรม ดังนี้");
        assertThat(first.subList(first.indexOf("๓.๑ เป้าหมายการให้บริการ สป. ดังนี้"), below))
                .noneMatch(t -> t.contains("จำนวนผู้ประกอบการที่ได้รับการพัฒนา"));
        assertThat(Readback.sheetNames(workbook)).contains("พณจ.เชียงใหม่", "กยผ.").hasSize(4 + 19);
    }

    @Test
    void figuresTraceToTheCellsTheUnitTyped() throws IOException {
        Path workbook = outputs.resolve("SOR301_2569-05.xlsx");
        List<List<String>> detail = Readback.rows(workbook, "พณจ.เชียงใหม่");
        List<String> header = detail.get(1);
        List<String> line = detail.stream().filter(r -> r.size() > 4 && r.get(3).equals("PCO-01")).findFirst().orElseThrow();
        String source = line.get(header.indexOf("ที่มา (ไฟล์ แผ่นงาน!เซลล์ผลเดือนนี้)"));
        assertThat(source).isEqualTo("สงป301_พณจเชียงใหม่_2569-05.xlsx\nผลการดำเนินงาน!AA9");

        // Read the unit's own workbook independently: the cell named, and the months ต.ค.–พ.ค. of that row.
        List<List<String>> original = Readback.rows(Fixtures.sample("pco-chiangmai"), "ผลการดำเนินงาน");
        List<String> row9 = original.get(8);
        double cumulative = 0;
        for (int m = 0; m < SampleMonth.REPORTING_MONTH; m++) {
            cumulative += Double.parseDouble(row9.get(12 + 2 * m));
        }
        assertThat(Double.parseDouble(line.get(header.indexOf("ผลเดือนนี้")))).isEqualTo(Double.parseDouble(row9.get(26)));
        assertThat(Double.parseDouble(line.get(header.indexOf("ผลสะสม")))).isEqualTo(cumulative);

        List<String> csv = Files.readAllLines(outputs.resolve("EvMIS_2569-05.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(1 + 81);
        assertThat(csv.get(0)).startsWith("\uFEFFปีงบประมาณ,เดือน,รหัสหน่วยงาน");
        String evmisLine = csv.stream().filter(l -> l.contains("สำนักงานพาณิชย์จังหวัดเชียงใหม่") || l.contains("พณจ.เชียงใหม่"))
                .filter(l -> l.contains("จำนวนผู้ประกอบการที่ได้รับการพัฒนา")).findFirst().orElseThrow();
        String[] cells = evmisLine.split(",");
        assertThat(cells[0]).isEqualTo("2569");
        assertThat(cells[1]).isEqualTo("5");
        assertThat(Double.parseDouble(cells[cells.length - 1])).isEqualTo(cumulative);
        assertThat(Double.parseDouble(cells[13])).isEqualTo(Double.parseDouble(row9.get(26)));
    }

    @Test
    void theMonthPageShowsWhoSubmittedAndOffersTheDownloads() throws Exception {
        WebUser staff = WebUser.signedIn(context, port, "me-staff", Role.ME_STAFF);
        HttpResponse<String> home = staff.get("/");
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/months/2569-05");
        HttpResponse<String> page = staff.get("/months/2569-05");
        assertThat(page.body()).contains("รับแล้ว 19 หน่วยงาน · ไม่ผ่านการตรวจ 3 · ยังไม่ส่ง 66");
        assertThat(page.body()).contains("href=\"/months/2569-05/outputs/SOR301_2569-05.xlsx\"");

        HttpResponse<byte[]> download = staff.download("/months/2569-05/outputs/EvMIS_2569-05.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.body()).isEqualTo(Files.readAllBytes(outputs.resolve("EvMIS_2569-05.xlsx")));

        HttpResponse<String> indicators = staff.get("/months/2569-05/indicators");
        // 8 provincial offices report "จำนวนผู้ประกอบการที่ได้รับการพัฒนา": added up; the ministry-level value is not.
        assertThat(indicators.body()).contains("จำนวนผู้ประกอบการที่ได้รับการพัฒนา").contains("<td>8</td>")
                .contains("ไม่นำมารวม (ระดับกระทรวง").contains("เทียบเป้าหมาย ครม. ร้อยละ 77");

        // The public summary needs no sign-in.
        HttpResponse<String> published = WebUser.anonymous(port).get("/public/months/2569-05");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("สรุปผลการดำเนินงาน (ฉบับเผยแพร่)").doesNotContain("หน่วยงานที่ยังไม่รายงาน");

        HttpResponse<String> traversal = staff.get("/months/2569-05/outputs/..%2F..%2Fdb.mv.db");
        assertThat(traversal.statusCode()).isIn(400, 404);
    }
}
