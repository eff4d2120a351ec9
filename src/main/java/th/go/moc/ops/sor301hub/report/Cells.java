package th.go.moc.ops.sor301hub.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Small helpers the report sheets share: a styled cell, a merged row, the official print setup. */
final class Cells {

    /**
     * The footer "- ๒ -": Excel's page number is ASCII, so the footer uses TH SarabunIT๙, the official font
     * that draws ASCII digits as Thai ones.
     */
    static final String PAGE_FOOTER = "&\"TH SarabunIT๙,Regular\"&16- &P -";

    private Cells() {
    }

    static Cell text(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        if (text != null) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
        return cell;
    }

    static Cell number(Row row, int c, Double value, CellStyle style) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** A row whose text spans the columns 0 to lastCol, each cell styled so that the borders show. */
    static Row merged(Sheet sheet, int r, int lastCol, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        text(row, 0, text, style);
        for (int c = 1; c <= lastCol; c++) {
            text(row, c, null, style);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
        return row;
    }

    /** The sheet's title in its first row, tall enough for its 18 pt. */
    static void title(Sheet sheet, String text, ReportStyles s) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(30);
        text(row, 0, text, s.title);
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
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        sheet.getFooter().setCenter(PAGE_FOOTER);
    }
}
