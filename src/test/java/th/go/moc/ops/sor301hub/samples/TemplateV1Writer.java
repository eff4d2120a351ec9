package th.go.moc.ops.sor301hub.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a unit's workbook in the shape of template v1, as Thai offices lay it out: a title block, a
 * two-row header with each month merged over "แผน | ผล", hierarchy names merged down the rows they
 * cover, TH SarabunPSK 16 pt.
 */
public final class TemplateV1Writer {

    static final String PERFORMANCE_SHEET = "ผลการดำเนินงาน";
    static final String BUDGET_SHEET = "การใช้จ่ายงบประมาณ";
    private static final String[] MONTHS = {"ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย."};
    private static final String[] LEAD_HEADERS = {"ระดับ", "แผนงาน", "เป้าหมายการให้บริการ", "ผลผลิต/โครงการ", "กิจกรรม",
        "รหัสตัวชี้วัด", "ตัวชี้วัด", "ประเภทตัวชี้วัด", "หน่วยนับ", "ทิศทาง", "ค่าเป้าหมาย\nทั้งปี"};
    private static final String[] TAIL_HEADERS = {"ผลสะสม", "รายละเอียดผลการดำเนินงาน", "ปัญหา/อุปสรรค", "แนวทางแก้ไข",
        "เผยแพร่"};

    private static final Date FIXED_TIME = new Date(1_780_000_000_000L);

    private TemplateV1Writer() {
    }

    public static void write(UnitWorkbook content, Path file) throws IOException {
        boolean xls = file.getFileName().toString().endsWith(".xls");
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            writePerformance(wb.createSheet(PERFORMANCE_SHEET), content, styles);
            if (!content.budget.isEmpty()) {
                writeBudget(wb.createSheet(BUDGET_SHEET), content, styles);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            if (wb instanceof XSSFWorkbook x) {
                x.getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_TIME));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            Files.write(file, xls ? bytes.toByteArray() : withFixedEntryTimes(bytes.toByteArray()));
        }
    }

    /** Rewrites a zip with every entry dated the same, so that the same content gives the same bytes. */
    private static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(FIXED_TIME.getTime());
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The month header as units write it: "ต.ค. 68" for a month of the fiscal year ending in 2569. */
    static String monthHeader(int fiscalMonth, int fiscalYearBe) {
        int year = fiscalMonth <= 3 ? fiscalYearBe - 1 : fiscalYearBe;
        return MONTHS[fiscalMonth - 1] + " " + (year % 100);
    }

    private static void titleBlock(Sheet sheet, String title, UnitWorkbook content, Styles s) {
        text(sheet, 0, 0, title, s.title);
        if (content.labelAndValueInOneCell) {
            text(sheet, 1, 0, "หน่วยงาน " + content.unitName, s.label);
            text(sheet, 2, 0, "ประจำเดือน " + content.period, s.label);
        } else {
            text(sheet, 1, 0, "หน่วยงาน", s.label);
            text(sheet, 1, 1, content.unitName, s.text);
            text(sheet, 2, 0, "ประจำเดือน", s.label);
            text(sheet, 2, 1, content.period, s.text);
        }
        text(sheet, 1, 4, "ปีงบประมาณ", s.label);
        text(sheet, 1, 5, content.fiscalYear, s.text);
    }

    private static void writePerformance(Sheet sheet, UnitWorkbook content, Styles s) {
        titleBlock(sheet, "แบบรายงานผลการดำเนินงาน (สงป. ๓๐๑) รายเดือน", content, s);
        int fy = Integer.parseInt(content.fiscalYear);
        int monthStart = LEAD_HEADERS.length;
        int tailStart = monthStart + 24;
        for (int c = 0; c < LEAD_HEADERS.length; c++) {
            headerMergedDown(sheet, c, LEAD_HEADERS[c], s);
        }
        for (int m = 1; m <= 12; m++) {
            int col = monthStart + 2 * (m - 1);
            text(sheet, 4, col, monthHeader(m, fy), s.header);
            text(sheet, 4, col + 1, null, s.header);
            sheet.addMergedRegion(new CellRangeAddress(4, 4, col, col + 1));
            text(sheet, 5, col, "แผน", s.header);
            text(sheet, 5, col + 1, "ผล", s.header);
        }
        for (int t = 0; t < TAIL_HEADERS.length; t++) {
            headerMergedDown(sheet, tailStart + t, TAIL_HEADERS[t], s);
        }
        int r = 6;
        for (UnitWorkbook.Line line : content.lines) {
            Object[] lead = {line.level, line.programme, line.serviceTarget, line.outputProject, line.activity, line.code,
                line.name, line.kind, line.unitOfCount, line.direction};
            for (int c = 0; c < lead.length; c++) {
                value(sheet, r, c, lead[c], s);
            }
            value(sheet, r, 10, line.annualTarget, s);
            for (int m = 0; m < 12; m++) {
                value(sheet, r, monthStart + 2 * m, line.plan[m], s);
                value(sheet, r, monthStart + 2 * m + 1, line.result[m], s);
            }
            value(sheet, r, tailStart, line.cumulative, s);
            value(sheet, r, tailStart + 1, line.narrative, s);
            value(sheet, r, tailStart + 2, line.problems, s);
            value(sheet, r, tailStart + 3, line.remedies, s);
            value(sheet, r, tailStart + 4, line.publish, s);
            r++;
        }
        mergeRepeats(sheet, 6, r - 1, new int[] {1, 2, 3, 4});
        widths(sheet, new int[] {14, 22, 30, 30, 26, 12, 40, 12, 10, 10, 12}, 9, 24, tailStart, new int[] {12, 40, 30, 30, 10});
        sheet.createFreezePane(7, 6);
    }

    private static void writeBudget(Sheet sheet, UnitWorkbook content, Styles s) {
        titleBlock(sheet, "รายงานผลการใช้จ่ายงบประมาณ รายเดือน", content, s);
        int fy = Integer.parseInt(content.fiscalYear);
        String[] lead = {"ผลผลิต/โครงการ", "งบรายจ่าย", "งบประมาณที่ได้รับจัดสรร"};
        for (int c = 0; c < lead.length; c++) {
            headerMergedDown(sheet, c, lead[c], s);
        }
        for (int m = 1; m <= 12; m++) {
            int col = 3 + 2 * (m - 1);
            text(sheet, 4, col, monthHeader(m, fy), s.header);
            text(sheet, 4, col + 1, null, s.header);
            sheet.addMergedRegion(new CellRangeAddress(4, 4, col, col + 1));
            text(sheet, 5, col, "แผน", s.header);
            text(sheet, 5, col + 1, "เบิกจ่าย", s.header);
        }
        headerMergedDown(sheet, 27, "ก่อหนี้ผูกพัน", s);
        int r = 6;
        for (UnitWorkbook.Budget b : content.budget) {
            value(sheet, r, 0, b.outputProject, s);
            value(sheet, r, 1, b.category, s);
            value(sheet, r, 2, b.allocation, s);
            for (int m = 0; m < 12; m++) {
                value(sheet, r, 3 + 2 * m, b.plan[m], s);
                value(sheet, r, 4 + 2 * m, b.disbursed[m], s);
            }
            value(sheet, r, 27, b.committed, s);
            r++;
        }
        mergeRepeats(sheet, 6, r - 1, new int[] {0});
        widths(sheet, new int[] {40, 16, 16}, 3, 24, 27, new int[] {14});
    }

    private static void widths(Sheet sheet, int[] lead, int monthStart, int monthCount, int tailStart, int[] tail) {
        for (int c = 0; c < lead.length; c++) {
            sheet.setColumnWidth(c, lead[c] * 256);
        }
        for (int c = monthStart; c < monthStart + monthCount; c++) {
            sheet.setColumnWidth(c, 9 * 256);
        }
        for (int c = 0; c < tail.length; c++) {
            sheet.setColumnWidth(tailStart + c, tail[c] * 256);
        }
    }

    private static void headerMergedDown(Sheet sheet, int col, String text, Styles s) {
        text(sheet, 4, col, text, s.header);
        text(sheet, 5, col, null, s.header);
        sheet.addMergedRegion(new CellRangeAddress(4, 5, col, col));
    }

    /** Merges runs of the same name down a column and blanks the cells below the first, as Excel does. */
    private static void mergeRepeats(Sheet sheet, int first, int last, int[] cols) {
        for (int col : cols) {
            int start = first;
            for (int r = first + 1; r <= last + 1; r++) {
                String prev = stringAt(sheet, start, col);
                String cur = r <= last ? stringAt(sheet, r, col) : null;
                if (r > last || prev == null || !prev.equals(cur)) {
                    if (r - 1 > start && prev != null) {
                        for (int b = start + 1; b < r; b++) {
                            sheet.getRow(b).getCell(col).setBlank();
                        }
                        sheet.addMergedRegion(new CellRangeAddress(start, r - 1, col, col));
                    }
                    start = r;
                }
            }
        }
    }

    private static String stringAt(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? null
                : cell.getStringCellValue();
    }

    private static void value(Sheet sheet, int r, int c, Object v, Styles s) {
        if (v instanceof Number n) {
            Cell cell = cell(sheet, r, c);
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(s.number);
        } else if (v instanceof Formula f) {
            Cell cell = cell(sheet, r, c);
            cell.setCellFormula(f.formula());
            cell.setCellStyle(s.number);
        } else {
            text(sheet, r, c, v == null ? null : v.toString(), s.text);
        }
    }

    private static void text(Sheet sheet, int r, int c, String text, CellStyle style) {
        Cell cell = cell(sheet, r, c);
        if (text != null) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        return row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
    }

    /** A cell formula, for fixtures that need one (its cached value is computed on write). */
    public record Formula(String formula) {
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;

        Styles(Workbook wb) {
            Font plain = font(wb, false);
            Font bold = font(wb, true);
            title = wb.createCellStyle();
            title.setFont(bold);
            label = wb.createCellStyle();
            label.setFont(bold);
            header = bordered(wb, bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(wb, plain);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = bordered(wb, plain);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
            number.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static Font font(Workbook wb, boolean bold) {
            Font f = wb.createFont();
            f.setFontName("TH SarabunPSK");
            f.setFontHeightInPoints((short) 16);
            f.setBold(bold);
            return f;
        }

        private static CellStyle bordered(Workbook wb, Font font) {
            CellStyle style = wb.createCellStyle();
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
