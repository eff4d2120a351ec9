package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import th.go.moc.ops.sor301hub.sor301.Figures;

/**
 * Writes the EvMIS rows as xlsx (with a second sheet listing the pre-flight errors) and as CSV in
 * UTF-8 with a byte-order mark, which Excel needs to show Thai correctly.
 */
public final class EvmisFileWriter {

    public static final String DATA_SHEET = "EvMIS";
    public static final String PREFLIGHT_SHEET = "ตรวจก่อนนำเข้า";

    private EvmisFileWriter() {
    }

    public static void writeXlsx(EvmisExport.Result result, Path file) throws IOException {
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            ReportStyles s = new ReportStyles(wb.book());
            XSSFSheet data = wb.sheet(DATA_SHEET, out -> {
                out.row(0);
                for (int c = 0; c < result.headers().size(); c++) {
                    out.text(c, result.headers().get(c), s.header);
                }
                int r = 1;
                for (List<Object> values : result.rows()) {
                    out.row(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Number n) {
                            out.number(c, n.doubleValue(), s.number);
                        } else {
                            out.text(c, v == null ? null : v.toString(), s.text);
                        }
                    }
                }
            });
            for (int c = 0; c < result.headers().size(); c++) {
                data.setColumnWidth(c, 20 * 256);
            }
            data.createFreezePane(0, 1);
            String[] headers = {"หน่วยงาน / Unit", "ไฟล์ / File", "ตัวชี้วัด / Indicator", "ปัญหา", "Problem"};
            XSSFSheet preflight = wb.sheet(PREFLIGHT_SHEET, out -> {
                out.row(0);
                for (int c = 0; c < headers.length; c++) {
                    out.text(c, headers[c], s.header);
                }
                int r = 1;
                for (EvmisExport.PreflightError e : result.errors()) {
                    out.row(r++);
                    String[] values = {e.unitId(), e.fileName(), e.indicator(), e.reason().th(), e.reason().en()};
                    for (int c = 0; c < values.length; c++) {
                        out.text(c, values[c], s.text);
                    }
                }
            });
            for (int c = 0; c < headers.length; c++) {
                preflight.setColumnWidth(c, (c < 2 ? 24 : 50) * 256);
            }
            wb.write(file);
        }
    }

    public static void writeCsv(EvmisExport.Result result, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            line(out, List.copyOf(result.headers()));
            for (List<Object> row : result.rows()) {
                line(out, row);
            }
        }
    }

    private static void line(Writer out, List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            if (c > 0) {
                out.write(',');
            }
            out.write(csv(values.get(c)));
        }
        out.write("\r\n");
    }

    /**
     * RFC 4180: quote a field holding a comma, quote or line break; numbers plain, without grouping. A text a
     * spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) gets a leading
     * apostrophe, as OWASP advises against CSV injection: a unit's words must never run in someone's Excel.
     */
    static String csv(Object v) {
        if (v == null) {
            return "";
        }
        String s = v instanceof Double d ? Figures.plain(d) : v.toString();
        if (!(v instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
