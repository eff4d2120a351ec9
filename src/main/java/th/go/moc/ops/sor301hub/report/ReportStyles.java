package th.go.moc.ops.sor301hub.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The styles of an official document: TH SarabunPSK 16 pt (the reader's Excel has it), thin borders,
 * wrapped Thai text aligned to the top.
 */
final class ReportStyles {

    static final String FONT = "TH SarabunPSK";

    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle section;
    final CellStyle group;
    final CellStyle subgroup;
    final CellStyle indicator;
    final CellStyle text;
    final CellStyle number;
    final CellStyle percent;

    ReportStyles(Workbook wb) {
        Font plain = font(wb, false, 16);
        Font bold = font(wb, true, 16);
        title = wb.createCellStyle();
        title.setFont(font(wb, true, 18));
        // Left, not centred: a centred title wider than its cell spills past the left margin and is cut there.
        title.setAlignment(HorizontalAlignment.LEFT);
        note = wb.createCellStyle();
        note.setFont(font(wb, false, 14));
        note.setWrapText(true);
        header = bordered(wb, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        section = bordered(wb, bold);
        group = bordered(wb, bold);
        group.setWrapText(true);
        subgroup = bordered(wb, font(wb, false, 16));
        subgroup.setWrapText(true);
        indicator = bordered(wb, plain);
        indicator.setWrapText(true);
        indicator.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        indicator.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(wb, plain);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        number = bordered(wb, plain);
        number.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
        number.setVerticalAlignment(VerticalAlignment.TOP);
        percent = bordered(wb, plain);
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        percent.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static Font font(Workbook wb, boolean bold, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
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
