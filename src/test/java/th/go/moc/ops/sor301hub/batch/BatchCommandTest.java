package th.go.moc.ops.sor301hub.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.Readback;
import th.go.moc.ops.sor301hub.report.EvmisFileWriter;

class BatchCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BatchCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void processesTheSampleMonthWithoutTouchingTheInbox() throws IOException {
        Path inbox = tmp.resolve("inbox");
        Fixtures.copySamples(inbox);
        Files.writeString(inbox.resolve("kyp").resolve("~$สงป301_กยผ_2569-05.xlsx"), "Office lock file");
        Map<Path, FileTime> before = snapshot(inbox);

        int exit = run("batch", "--inbox", inbox.toString(), "--out", tmp.resolve("out").toString(), "--period", "2569-05",
                "--json");

        assertThat(exit).as(err.toString()).isEqualTo(BatchCommand.SOME_REJECTED);
        assertThat(snapshot(inbox)).isEqualTo(before);
        Map<String, Object> json = JsonMapper.builder().build().readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> files = (List<Map<String, Object>>) json.get("files");
        assertThat(files).hasSize(22);
        assertThat(files).filteredOn(f -> f.get("outcome").equals("rejected")).extracting(f -> f.get("file").toString())
                .containsExactlyInAnyOrder("kbk/สงป301_กบค_2569-05.xlsx", "pco-chiangrai/สงป301_พณจเชียงราย_2569-05.xlsx",
                        "pco-khonkaen/สงป301_พณจขอนแก่น_2569-05.xlsx");
        Map<String, Object> khonkaen = files.stream().filter(f -> f.get("file").toString().startsWith("pco-khonkaen"))
                .findFirst().orElseThrow();
        assertThat(khonkaen.get("reasons").toString()).contains("เซลล์ AA9").contains("cell AA9").contains("ประมาณ");

        @SuppressWarnings("unchecked")
        Map<String, Object> outputs = (Map<String, Object>) json.get("outputs");
        Path consolidated = Path.of(outputs.get("consolidated").toString());
        assertThat(consolidated).exists().hasFileName("SOR301_2569-05.xlsx");
        assertThat(Readback.firstColumn(consolidated, "สงป.301").get(0))
                .isEqualTo("รายงานผลปฏิบัติงาน (สงป. ๓๐๑) สำนักงานปลัดกระทรวงพาณิชย์ ประจำเดือน พฤษภาคม ๒๕๖๙");
        @SuppressWarnings("unchecked")
        List<String> evmis = (List<String>) outputs.get("evmis");
        // 11 central units (kbk rejected): each a service-target line plus its own 14 indicators in all;
        // 8 provincial offices (2 rejected) with 7 lines each.
        int lines = files.stream().filter(f -> f.get("outcome").equals("accepted"))
                .mapToInt(f -> ((Number) f.get("lines")).intValue()).sum();
        assertThat(lines).isEqualTo(11 + 14 + 8 * 7);
        assertThat(Readback.rows(Path.of(evmis.get(0)), EvmisFileWriter.DATA_SHEET)).hasSize(1 + lines);
        byte[] csv = Files.readAllBytes(Path.of(evmis.get(1)));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8).split("\r\n")).hasSize(1 + lines);
    }

    @Test
    void exitsZeroWhenEveryFileIsAcceptedAndFindsThePeriodItself() throws IOException {
        Path inbox = tmp.resolve("inbox");
        FileSystemUtils.copyRecursively(Fixtures.SAMPLES.resolve("kyp"), inbox.resolve("kyp"));

        int exit = run("batch", "--inbox", inbox.toString(), "--out", tmp.resolve("out").toString());

        assertThat(exit).as(err.toString()).isEqualTo(BatchCommand.ALL_ACCEPTED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("รับแล้ว / accepted").contains("SOR301_2569-05.xlsx")
                .contains("แบบ / layout template-v1 100%");
        assertThat(tmp.resolve("out/EvMIS_2569-05.csv")).exists();
    }

    @SuppressWarnings("unchecked")
    @Test
    void filesThatAreNoWorkbookArePassedOverNotRejectedAndEachFileSaysWhichLayoutReadIt() throws IOException {
        Path inbox = tmp.resolve("inbox");
        FileSystemUtils.copyRecursively(Fixtures.SAMPLES.resolve("kyp"), inbox.resolve("kyp"));
        Files.writeString(inbox.resolve("README.md"), "# สงป. ๓๐๑ พ.ค. 2569\nวางไฟล์ของหน่วยงานในโฟลเดอร์ของตน\n");
        Files.writeString(inbox.resolve("kyp/manifest.json"), "{\"files\": 1}");
        Files.writeString(inbox.resolve("kyp/บันทึก.txt"), "ส่งแล้ว");
        // A file named as a workbook but holding text pretends to be one: that is rejected, as before.
        Path pretender = tmp.resolve("pretender/kyp");
        FileSystemUtils.copyRecursively(inbox, tmp.resolve("pretender"));
        Files.writeString(pretender.resolve("สงป301_กยผ_2569-05_แก้.xlsx"), "ไม่ใช่ไฟล์ Excel");

        int exit = run("batch", "--inbox", inbox.toString(), "--out", tmp.resolve("out").toString(), "--json");

        assertThat(exit).as(err.toString()).isEqualTo(BatchCommand.ALL_ACCEPTED);
        Map<String, Object> json = JsonMapper.builder().build().readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        assertThat((List<String>) json.get("skipped")).containsExactly("README.md", "kyp/manifest.json", "kyp/บันทึก.txt");
        List<Map<String, Object>> files = (List<Map<String, Object>>) json.get("files");
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.get("layout")).isEqualTo("template-v1");
            assertThat(((Number) f.get("layoutScore")).doubleValue()).isEqualTo(1.0);
        });

        out.reset();
        int pretending = run("batch", "--inbox", tmp.resolve("pretender").toString(), "--out", tmp.resolve("out2").toString(),
                "--json");
        assertThat(pretending).isEqualTo(BatchCommand.SOME_REJECTED);
        Map<String, Object> second = JsonMapper.builder().build().readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        assertThat((List<Map<String, Object>>) second.get("files")).filteredOn(f -> f.get("outcome").equals("rejected"))
                .extracting(f -> f.get("file")).containsExactly("kyp/สงป301_กยผ_2569-05_แก้.xlsx");
    }

    @Test
    void rejectsAFileOfAnotherMonthWhenAPeriodIsGiven() throws IOException {
        Path inbox = tmp.resolve("inbox");
        FileSystemUtils.copyRecursively(Fixtures.SAMPLES.resolve("kyp"), inbox.resolve("kyp"));

        int exit = run("batch", "--inbox", inbox.toString(), "--out", tmp.resolve("out").toString(), "--period", "2026-04",
                "--json");

        assertThat(exit).isEqualTo(BatchCommand.SOME_REJECTED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ไม่ใช่ เม.ย. 2569").contains("not April 2026");
    }

    @Test
    void explainsUsageMistakesWithExitCodeTwo() {
        assertThat(run("batch", "--inbox")).isEqualTo(BatchCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--inbox needs a value").contains("Usage");
        assertThat(run("batch", "--inbox", tmp.resolve("missing").toString(), "--out", tmp.toString()))
                .isEqualTo(BatchCommand.FAILED);
        assertThat(run("batch", "--inbox", tmp.toString(), "--out", tmp.toString(), "--period", "May"))
                .isEqualTo(BatchCommand.FAILED);
    }

    private static Map<Path, FileTime> snapshot(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.collect(java.util.stream.Collectors.toMap(p -> p, p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }
}
