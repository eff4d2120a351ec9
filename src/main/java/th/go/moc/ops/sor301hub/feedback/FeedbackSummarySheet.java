package th.go.moc.ops.sor301hub.feedback;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import th.go.moc.ops.sor301hub.report.RowHeights;
import th.go.moc.ops.sor301hub.sor301.Bilingual;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.Severity;

/**
 * The first sheet of a feedback workbook, "ผลการตรวจสอบ": the verdict, then every problem with the indicator
 * of its row and a link to its cell, in the official font, coloured by what the unit must do: errors (red)
 * first, then warnings to check (yellow), and last, apart, what is only for information (blue).
 */
final class FeedbackSummarySheet {

    static final String NAME = "ผลการตรวจสอบ";
    static final String[] HEADERS = {"ลำดับ / No.", "ระดับ / Severity", "ตัวชี้วัด / Indicator", "แผ่นงาน / Sheet",
        "เซลล์ / Cell", "ปัญหา", "Problem", "ค่าที่พบ / Found", "ค่าที่ควรเป็น / Expected", "รหัส / Code"};
    private static final int[] WIDTHS = {9, 14, 36, 16, 9, 56, 56, 18, 18, 14};
    /** The first row of problems, under the title, the verdict in two languages, the layout that read the file and the header. */
    static final int FIRST_PROBLEM_ROW = 5;
    private static final String FONT = "TH SarabunPSK";

    private final Workbook wb;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle plain;
    private final CellStyle[] bySeverity = new CellStyle[3];
    private final CellStyle[] verdictStyles = new CellStyle[3];

    private FeedbackSummarySheet(Workbook wb) {
        this.wb = wb;
        title = style(font(true, 18), null, false);
        header = style(font(true, 16), "D9D9D9", true);
        header.setWrapText(true);
        Font plain = font(false, 16);
        this.plain = style(plain, null, false);
        this.plain.setWrapText(false);
        bySeverity[0] = style(plain, FeedbackWorkbookWriter.ERROR_RGB, true);
        bySeverity[1] = style(plain, FeedbackWorkbookWriter.WARNING_RGB, true);
        bySeverity[2] = style(plain, FeedbackWorkbookWriter.INFO_RGB, true);
        Font bold = font(true, 16);
        verdictStyles[0] = style(bold, FeedbackWorkbookWriter.ERROR_RGB, false);
        verdictStyles[1] = style(bold, FeedbackWorkbookWriter.WARNING_RGB, false);
        verdictStyles[2] = style(bold, FeedbackWorkbookWriter.ACCEPTED_RGB, false);
    }

    /** The sheet, first in {@code wb}; {@code labels} names the indicator of each problem's row. */
    static void write(Workbook wb, FeedbackWorkbookWriter.Verdict verdict, List<Problem> problems, RowLabels labels) {
        new FeedbackSummarySheet(wb).write(verdict, problems, labels);
    }

    /** Errors first, then warnings to check, then what is for information; each in the order found. */
    static List<Problem> inOrder(List<Problem> problems) {
        List<Problem> ordered = new ArrayList<>(problems);
        ordered.sort(Problem.BY_URGENCY);
        return ordered;
    }

    /** "ข้อผิดพลาด / Error", "คำเตือน / Warning", or "เพื่อทราบ / For information". */
    static String severityText(Problem p) {
        return p.forInformation() ? "เพื่อทราบ / For information" : p.severity().thai() + " / " + p.severity().english();
    }

    private void write(FeedbackWorkbookWriter.Verdict verdict, List<Problem> problems, RowLabels labels) {
        Sheet sheet = wb.createSheet(NAME);
        wb.setSheetOrder(NAME, 0);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).setSelected(i == 0);
        }
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Row top = sheet.createRow(0);
        top.setHeightInPoints(34);
        text(top, 0, "ผลการตรวจสอบแบบรายงาน / Check results: " + verdict.fileName(), title);
        Bilingual v = verdict.text();
        CellStyle verdictStyle = verdictStyles[!verdict.accepted() ? 0 : verdict.warnings() > 0 ? 1 : 2];
        verdictRow(sheet, 1, v.th(), verdictStyle);
        verdictRow(sheet, 2, v.en(), verdictStyle);
        Bilingual layout = verdict.layout();
        Row read = sheet.createRow(3);
        text(read, 0, layout.th() + " / " + layout.en(), plain);
        Row head = sheet.createRow(FIRST_PROBLEM_ROW - 1);
        for (int c = 0; c < HEADERS.length; c++) {
            text(head, c, HEADERS[c], header);
        }
        RowHeights.fit(head, HEADERS, WIDTHS);
        CreationHelper factory = wb.getCreationHelper();
        int r = FIRST_PROBLEM_ROW;
        int number = 1;
        boolean informationHeading = false;
        for (Problem p : inOrder(problems)) {
            if (p.forInformation() && !informationHeading) {
                informationHeading = true;
                Row heading = sheet.createRow(r);
                String words = "ข้อมูลเพื่อทราบ ไม่ต้องแก้ไข / For information: nothing to correct";
                text(heading, 0, words, header);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length - 1));
                heading.setHeightInPoints(RowHeights.LINE_POINTS + 4);
                r++;
            }
            CellStyle style = bySeverity[p.urgency()];
            Row row = sheet.createRow(r++);
            String[] texts = {null, severityText(p), labels.of(p), p.sheet(), p.cell(), p.message().th(), p.message().en(),
                p.found(), p.expected(), p.rule()};
            Cell n = row.createCell(0);
            n.setCellValue(number++);
            n.setCellStyle(style);
            for (int c = 1; c < texts.length; c++) {
                text(row, c, texts[c], style);
            }
            if (p.cell() != null && p.sheet() != null && wb.getSheet(p.sheet()) != null) {
                Hyperlink link = factory.createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + p.sheet().replace("'", "''") + "'!" + p.cell());
                row.getCell(4).setHyperlink(link);
            }
            RowHeights.fit(row, texts, WIDTHS);
        }
        sheet.createFreezePane(0, FIRST_PROBLEM_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(FIRST_PROBLEM_ROW - 1, FIRST_PROBLEM_ROW - 1, -1, -1));
        FeedbackWorkbookWriter.printWide(sheet);
    }

    private void verdictRow(Sheet sheet, int r, String words, CellStyle style) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < HEADERS.length; c++) {
            text(row, c, c == 0 ? words : null, style);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADERS.length - 1));
        row.setHeightInPoints(RowHeights.LINE_POINTS + 4);
    }

    private Font font(boolean bold, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    /** Wrapped, top-aligned, filled with {@code rgb} (null: none); bordered when a table cell. */
    private CellStyle style(Font font, String rgb, boolean bordered) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (rgb != null) {
            FeedbackWorkbookWriter.fill(s, rgb);
        }
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }
}
