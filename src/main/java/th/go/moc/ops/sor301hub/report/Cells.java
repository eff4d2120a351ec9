package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Small helpers the report sheets share: a merged row, the title, column widths, the official print setup. */
final class Cells {

    /**
     * The footer "- ๒ -": Excel's page number is ASCII, so the footer uses TH SarabunIT๙, the official font
     * that draws ASCII digits as Thai ones.
     */
    static final String PAGE_FOOTER = "&\"TH SarabunIT๙,Regular\"&16- &P -";

    /** A title row's height: 18 pt Thai with room for its marks above and below. */
    static final float TITLE_POINTS = 34;

    private Cells() {
    }

    /** Row r, {@code points} high (NaN: the default), whose text spans the columns 0 to lastCol, each cell styled so that the borders show. */
    static void merged(SheetRows rows, int r, float points, int lastCol, String text, CellStyle style) throws IOException {
        rows.row(r, points);
        rows.text(0, text, style);
        for (int c = 1; c <= lastCol; c++) {
            rows.text(c, null, style);
        }
        rows.mergeAcross(0, lastCol);
    }

    /** The sheet's title in its first row, tall enough for its 18 pt. */
    static void title(SheetRows rows, String text, ReportStyles s) throws IOException {
        rows.row(0, TITLE_POINTS);
        rows.text(0, text, s.title);
    }

    static void widths(Sheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** A4 landscape, as wide as the page, the header row repeated on every page, "- ๒ -" at the foot. */
    static void printSetup(Sheet sheet, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        if (headerRow >= 0) {
            repeatOnEveryPage(sheet, headerRow);
        }
        sheet.getFooter().setCenter(PAGE_FOOTER);
    }

    /**
     * The print titles, with the sheet's name always quoted: POI leaves a name like "สงป.301" bare, and
     * LibreOffice then repeats nothing (Excel reads it either way).
     */
    private static void repeatOnEveryPage(Sheet sheet, int row) {
        sheet.setRepeatingRows(new CellRangeAddress(row, row, -1, -1));
        Workbook book = sheet.getWorkbook();
        int index = book.getSheetIndex(sheet);
        String quoted = "'" + sheet.getSheetName().replace("'", "''") + "'!$" + (row + 1) + ":$" + (row + 1);
        for (Name name : book.getAllNames()) {
            if (name.getSheetIndex() == index && name.getNameName().equals("_xlnm.Print_Titles")) {
                name.setRefersToFormula(quoted);
            }
        }
    }
}
