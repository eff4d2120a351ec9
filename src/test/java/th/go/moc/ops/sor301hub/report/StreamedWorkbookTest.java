package th.go.moc.ops.sor301hub.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Openpyxl;
import th.go.moc.ops.sor301hub.workbook.WorkbookSource;
import th.go.moc.ops.sor301hub.workbook.Workbooks;

/**
 * Rows written by {@link SheetRows} into a zip made by {@link ZipParts}, read back by openpyxl and by our own
 * reader: texts XML cannot hold as they are, shared and inline texts, numbers, merged ranges, and sheets made
 * side by side landing in their order.
 */
class StreamedWorkbookTest {

    private static final String AWKWARD = "<ผล & \"แผน\"> ๑๒๓";
    private static final String SHARED = "  ผลผลิต: <ร่วมกัน> ";

    @SuppressWarnings("unchecked")
    @Test
    void textsAndNumbersReadBackAsWritten(@TempDir Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("streamed.xlsx");
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            ReportStyles s = new ReportStyles(wb.book());
            wb.shared().add(SHARED);
            wb.sheet("แผ่นแรก", rows -> {
                Cells.merged(rows, 0, 30, 2, "หัวเรื่อง", s.title);
                rows.row(1);
                rows.text(0, AWKWARD, s.text);
                rows.text(1, "    กิจกรรม: เว้นวรรคหน้า", s.text);
                rows.text(2, "บรรทัดแรก\nบรรทัดสอง", s.text);
                rows.row(3, 52);
                rows.text(0, "ตัวอักษรควบคุม\u0001 และ 😀", s.text);
                rows.text(1, "_x0041_ เป็นข้อความ", s.text);
                rows.text(2, null, s.text);
                rows.row(4);
                rows.number(0, 120.0, s.number);
                rows.number(1, -1234.5, s.number);
                rows.number(2, Double.NaN, s.number);
                rows.number(3, null, s.number);
            });
            for (int i = 2; i <= 40; i++) {
                int n = i;
                wb.sheet("หน่วย " + n, rows -> {
                    for (int r = 0; r < 200; r++) {
                        rows.row(r);
                        rows.text(0, "หน่วย " + n + " แถว " + (r + 1), s.text);
                        rows.number(1, (double) r, s.number);
                        rows.shared(2, SHARED, s.text);
                        rows.shared(3, "ไม่ได้แบ่งใช้ " + r, s.text);
                    }
                });
            }
            wb.write(file);
        }

        Map<String, Object> read = Openpyxl.readForm(file);
        List<String> sheets = (List<String>) read.get("sheets");
        assertThat(sheets).hasSize(40).startsWith("แผ่นแรก", "หน่วย 2", "หน่วย 3").endsWith("หน่วย 40");
        List<List<String>> first = ((Map<String, List<List<String>>>) read.get("cells")).get("แผ่นแรก");
        assertThat(first.get(0).get(0)).isEqualTo("หัวเรื่อง");
        assertThat(first.get(1)).startsWith(AWKWARD, "    กิจกรรม: เว้นวรรคหน้า", "บรรทัดแรก\nบรรทัดสอง");
        assertThat(first.get(2)).allMatch(String::isEmpty);
        assertThat(first.get(3).get(0)).endsWith(" และ 😀");
        assertThat(first.get(3).get(2)).isEmpty();
        assertThat(first.get(4)).startsWith("120", "-1234.5", "", "");
        assertThat(((Map<String, List<String>>) read.get("merged")).get("แผ่นแรก")).containsExactly("A1:C1");
        List<List<String>> last = ((Map<String, List<List<String>>>) read.get("cells")).get("หน่วย 40");
        assertThat(last).hasSize(200);
        assertThat(last.get(199)).containsExactly("หน่วย 40 แถว 200", "199", SHARED, "ไม่ได้แบ่งใช้ 199");

        try (WorkbookSource ours = Workbooks.open(file)) {
            assertThat(ours.sheets()).hasSize(40);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).as("a control character as SpreadsheetML escapes it")
                    .contains("ตัวอักษรควบคุม_x0001_ และ").contains("_x005F_x0041_ เป็นข้อความ")
                    .contains("<row r=\"4\" ht=\"52.0\" customHeight=\"1\">").doesNotContain("<dimension");
            String units = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet40.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(units).as("a shared text by its number, any other inline")
                    .containsPattern("<c r=\"C200\" s=\"\\d+\" t=\"s\"><v>0</v></c>").contains("ไม่ได้แบ่งใช้ 199</t></is>");
        }
    }

    @Test
    void aSheetThatCannotBeWrittenFailsTheWorkbookWithItsOwnReason(@TempDir Path dir) throws IOException {
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            ReportStyles s = new ReportStyles(wb.book());
            wb.sheet("ก่อน", rows -> {
                rows.row(0);
                rows.text(0, "ได้", s.text);
            });
            wb.sheet("เสีย", rows -> {
                rows.row(1);
                rows.row(0);
            });
            assertThatThrownBy(() -> wb.write(dir.resolve("half.xlsx")))
                    .as("a worker's failure reaches the caller, who then keeps the month's previous file")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("row 1 after row 2");
        }
    }
}
