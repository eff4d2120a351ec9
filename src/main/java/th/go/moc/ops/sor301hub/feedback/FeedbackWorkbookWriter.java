package th.go.moc.ops.sor301hub.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.go.moc.ops.sor301hub.report.RowHeights;
import th.go.moc.ops.sor301hub.sor301.A1;
import th.go.moc.ops.sor301hub.sor301.Bilingual;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.Severity;

/**
 * The unit's own workbook, returned with every problem marked where it is: the cell filled (red for an
 * error, yellow for a warning, blue for what is only for information) with a comment carrying the message in
 * Thai and English, and a first sheet "ผลการตรวจสอบ" listing every problem with a link to its cell
 * ({@link FeedbackSummarySheet}). The original is never opened for
 * writing: the copy is built in memory and written elsewhere.
 */
public final class FeedbackWorkbookWriter {

    public static final String SUMMARY_SHEET = FeedbackSummarySheet.NAME;
    public static final String CHANGES_SHEET = "การเปลี่ยนแปลง";
    /** Fills as Excel's own "bad" and "neutral" cell styles. */
    public static final String ERROR_RGB = "FFC7CE";
    public static final String WARNING_RGB = "FFEB9C";
    /** For what is only for information: nothing to correct. */
    public static final String INFO_RGB = "DDEBF7";
    /** Excel's "good" fill, for a verdict of accepted without warnings. */
    static final String ACCEPTED_RGB = "C6EFCE";
    static final String AUTHOR = "SOR-301 Hub";
    /** Larger files get the summary only: marking cells needs the whole workbook in memory. */
    static final long MAX_MARKED_BYTES = 20L * 1024 * 1024;

    private FeedbackWorkbookWriter() {
    }

    /** What the summary sheet says at the top. */
    public record Verdict(String fileName, boolean accepted, int errors, int warnings, String layoutId, double layoutScore) {

        /** Which layout read the file: what to tell whoever maintains the mappings when a file is read wrong. */
        Bilingual layout() {
            if (layoutId == null) {
                return Bilingual.of("ไม่ตรงกับแบบรายงานใดในระบบ", "No layout known to the service fitted this file.");
            }
            return Bilingual.of("อ่านด้วยแบบรายงาน %s (พบหัวตารางร้อยละ %.0f ของแบบ)",
                    "Read with layout %s (%.0f%% of its fields found).", layoutId, 100 * layoutScore);
        }

        Bilingual text() {
            if (!accepted) {
                return Bilingual.of("ไม่ผ่านการตรวจ: พบข้อผิดพลาด %d รายการ (คำเตือน %d) กรุณาแก้ไขเซลล์ที่ระบายสีแดงแล้วส่งไฟล์ใหม่",
                        "Rejected: %d error(s), %d warning(s). Correct the cells filled red and send the file again.",
                        errors, warnings);
            }
            return warnings == 0
                    ? Bilingual.of("ผ่านการตรวจ ไม่พบปัญหา", "Accepted: no problems found.")
                    : Bilingual.of("ผ่านการตรวจ มีคำเตือน %d รายการ (ระบายสีเหลือง) โปรดตรวจสอบ",
                            "Accepted with %d warning(s) (filled yellow): please check them.", warnings);
        }
    }

    /**
     * Writes the marked copy of {@code original} to {@code target} (same format), or, when the original
     * cannot be opened, is too large or is null, a workbook with the summary alone.
     */
    static void write(Path original, Verdict verdict, List<Problem> problems, RowLabels labels, List<Change> changes,
                      Path target) throws IOException {
        Workbook wb = null;
        if (original != null && Files.size(original) <= MAX_MARKED_BYTES) {
            try (InputStream in = Files.newInputStream(original)) {
                wb = WorkbookFactory.create(in);
            } catch (IOException | RuntimeException e) {
                wb = null;
            }
        }
        boolean marked = wb != null;
        if (wb == null) {
            wb = new XSSFWorkbook();
        }
        try (Workbook workbook = wb) {
            removeOurSheets(workbook);
            if (marked) {
                mark(workbook, problems);
            }
            FeedbackSummarySheet.write(workbook, verdict, problems, labels);
            if (!changes.isEmpty()) {
                changes(workbook, changes);
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }

    /** The feedback file's name: the original's, marked as checked, in the format it will be written in. */
    public static String nameFor(String originalName, boolean openable) {
        int dot = originalName.lastIndexOf('.');
        String stem = dot > 0 ? originalName.substring(0, dot) : originalName;
        String ext = dot > 0 ? originalName.substring(dot + 1).toLowerCase() : "";
        if (!openable || !(ext.equals("xlsx") || ext.equals("xlsm") || ext.equals("xls"))) {
            ext = "xlsx";
        }
        return stem + ".ตรวจแล้ว-checked." + ext;
    }

    /** A unit may send back a feedback file: our sheets from last time are replaced, not repeated. */
    private static void removeOurSheets(Workbook wb) {
        for (String name : new String[] {SUMMARY_SHEET, CHANGES_SHEET}) {
            int i = wb.getSheetIndex(name);
            if (i >= 0) {
                wb.removeSheetAt(i);
            }
        }
    }

    private static void mark(Workbook wb, List<Problem> problems) {
        Map<String, List<Problem>> byCell = new LinkedHashMap<>();
        for (Problem p : problems) {
            if (p.sheet() != null && p.cell() != null && wb.getSheet(p.sheet()) != null) {
                byCell.computeIfAbsent(p.sheet() + "!" + p.cell(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, CellStyle> styles = new HashMap<>();
        CreationHelper factory = wb.getCreationHelper();
        for (List<Problem> here : byCell.values()) {
            Problem first = here.get(0);
            Sheet sheet = wb.getSheet(first.sheet());
            CellReference ref = new CellReference(first.cell());
            Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
            String fill = here.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? ERROR_RGB
                    : here.stream().allMatch(Problem::forInformation) ? INFO_RGB : WARNING_RGB;
            cell.setCellStyle(filled(wb, styles, cell.getCellStyle(), fill));
            StringBuilder text = new StringBuilder();
            for (Problem p : FeedbackSummarySheet.inOrder(here)) {
                String[] severity = FeedbackSummarySheet.severityText(p).split(" / ");
                text.append(text.length() == 0 ? "" : "\n\n").append(severity[0]).append(": ").append(p.message().th())
                        .append("\n").append(severity[1]).append(": ").append(p.message().en());
            }
            if (cell.getCellComment() != null) {
                cell.removeCellComment();
            }
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 5);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 6);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(text.toString()));
            comment.setAuthor(AUTHOR);
            cell.setCellComment(comment);
        }
    }

    /** The cell's own style with the fill added: its font, borders and number format stay. */
    private static CellStyle filled(Workbook wb, Map<String, CellStyle> cache, CellStyle original, String fill) {
        return cache.computeIfAbsent(original.getIndex() + fill, k -> {
            CellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(original);
            fill(style, fill);
            return style;
        });
    }

    /** A solid fill of {@code rgb}; a legacy .xls has a palette, not colours, and takes the nearest of its named ones. */
    static void fill(CellStyle style, String rgb) {
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (style instanceof XSSFCellStyle x) {
            x.setFillForegroundColor(new XSSFColor(rgb(rgb), null));
            return;
        }
        style.setFillForegroundColor((switch (rgb) {
            case ERROR_RGB -> IndexedColors.ROSE;
            case WARNING_RGB -> IndexedColors.LIGHT_YELLOW;
            case INFO_RGB -> IndexedColors.PALE_BLUE;
            case ACCEPTED_RGB -> IndexedColors.LIGHT_GREEN;
            default -> IndexedColors.GREY_25_PERCENT;
        }).getIndex());
    }

    static byte[] rgb(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16), (byte) Integer.parseInt(hex.substring(2, 4), 16),
            (byte) Integer.parseInt(hex.substring(4, 6), 16)};
    }

    /** A4 landscape, as wide as the page: the messages are the point, they must not be cut off. */
    static void printWide(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    static final String[] CHANGES_HEADERS = {"ตัวชี้วัด / Indicator", "ช่อง / Field", "เดิม / Old", "ใหม่ / New"};

    private static void changes(Workbook wb, List<Change> changes) {
        Sheet sheet = wb.createSheet(CHANGES_SHEET);
        wb.setSheetOrder(CHANGES_SHEET, 1);
        sheet.setSelected(false);
        Row header = sheet.createRow(0);
        for (int c = 0; c < CHANGES_HEADERS.length; c++) {
            text(header, c, CHANGES_HEADERS[c], null);
        }
        int[] widths = {60, 30, 20, 20};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 1;
        for (Change ch : changes) {
            Row row = sheet.createRow(r++);
            text(row, 0, ch.indicator(), null);
            text(row, 1, ch.field().th() + " / " + ch.field().en(), null);
            text(row, 2, ch.oldValue(), null);
            text(row, 3, ch.newValue(), null);
        }
        printWide(sheet);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
