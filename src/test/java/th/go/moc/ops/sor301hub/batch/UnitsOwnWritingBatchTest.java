package th.go.moc.ops.sor301hub.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Readback;
import th.go.moc.ops.sor301hub.samples.TemplateV1Writer;
import th.go.moc.ops.sor301hub.samples.ThreeLineWorkbook;
import th.go.moc.ops.sor301hub.samples.UnitWorkbook;
import tools.jackson.databind.json.JsonMapper;

/**
 * Workbooks written as units write them, through batch mode, their values read back from the month's
 * consolidated workbook: a title with label and value in one cell and a file that says nothing else of its unit or
 * month; "ไม่มี" for the month's result and "-" for the months to come; a README beside them.
 */
class UnitsOwnWritingBatchTest {

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    @Test
    void eachIsAcceptedWithTheValuesTheUnitMeant() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        UnitWorkbook oneCell = ThreeLineWorkbook.withBudget();
        oneCell.labelAndValueInOneCell = true;
        oneCell.period = "พฤษภาคม ๒๕๖๙";
        TemplateV1Writer.write(oneCell, inbox.resolve("รายงานประจำเดือน.xlsx"));

        UnitWorkbook nil = ThreeLineWorkbook.withBudget();
        nil.unitName = "กองบริหารทรัพยากรบุคคล";
        UnitWorkbook.Line line = nil.lines.get(1);
        double may = ((Number) line.result[7]).doubleValue();
        double cumulative = ((Number) line.cumulative).doubleValue() - may;
        line.result[7] = "ไม่มี";
        line.cumulative = cumulative;
        for (int m = 8; m < 12; m++) {
            line.result[m] = "-";
        }
        TemplateV1Writer.write(nil, Files.createDirectories(inbox.resolve("kbb")).resolve("สงป301_กบบ_2569-05.xlsx"));
        Files.writeString(inbox.resolve("README.txt"), "วางไฟล์ในโฟลเดอร์ของหน่วยงาน");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BatchCommand.run(new String[] {"batch", "--inbox", inbox.toString(), "--out", dir.resolve("out").toString(),
            "--json"}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isEqualTo(BatchCommand.ALL_ACCEPTED);
        Map<String, Object> json = JsonMapper.builder().build().readValue(printed, Map.class);
        assertThat((List<String>) json.get("skipped")).containsExactly("README.txt");
        assertThat((List<Map<String, Object>>) json.get("files")).extracting(f -> f.get("warnings").toString())
                .noneMatch(w -> w.contains("RESULT_IN_FUTURE") || w.contains("after the reporting month"));

        // Read back from the consolidated workbook's sheet of each unit: every figure it took.
        Map<String, Object> outputs = (Map<String, Object>) json.get("outputs");
        Path consolidated = Path.of(outputs.get("consolidated").toString());
        // The one-cell title named กยผ. and May 2569: its three lines are in the month.
        List<List<String>> kyp = Readback.rows(consolidated, "กยผ.");
        assertThat(kyp.get(0).get(0)).contains("รายงานประจำเดือน.xlsx");
        assertThat(kyp.subList(2, kyp.size())).hasSize(3);
        List<List<String>> kbb = Readback.rows(consolidated, "กบบ.");
        List<String> header = kbb.get(1);
        List<String> nothing = kbb.stream().filter(r -> r.size() > 4 && r.get(4).equals(line.name)).findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(nothing.get(header.indexOf("ผลเดือนนี้")))).as("ไม่มี: nothing this month")
                .isEqualTo(0.0);
        assertThat(Double.parseDouble(nothing.get(header.indexOf("ผลสะสม")))).isEqualTo(cumulative);
    }
}
