package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import th.go.moc.ops.sor301hub.analysis.Assessment;
import th.go.moc.ops.sor301hub.analysis.UnitAssessment;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.Provenance;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/** One unit's lines with every figure and the cell of the unit's workbook it came from. */
final class UnitDetailSheet {

    static final String[] HEADERS = {"ระดับ", "ผลผลิต/โครงการ", "กิจกรรม", "รหัสตัวชี้วัด", "ตัวชี้วัด", "หน่วยนับ",
        "ค่าเป้าหมายทั้งปี", "แผนสะสม", "ผลสะสม", "ร้อยละของแผนสะสม", "ร้อยละของเป้าหมายทั้งปี", "ผลการประเมิน",
        "ผลเดือนนี้", "ที่มา (ไฟล์ แผ่นงาน!เซลล์ผลเดือนนี้)"};
    /** Narrow, the texts wrapped: the fourteen columns print across one landscape page at a readable size. */
    private static final int[] WIDTHS = {12, 24, 22, 10, 32, 9, 11, 11, 11, 11, 11, 13, 11, 26};

    private UnitDetailSheet() {
    }

    static void write(StreamedWorkbook book, String name, FiscalPeriod period, UnitMonth unit, List<UnitAssessment> lines,
            ReportStyles s) {
        for (UnitAssessment ua : lines) {
            IndicatorLine l = ua.assessment().line();
            book.shared().add(l.level().thai());
            book.shared().add(l.group());
            book.shared().add(l.hierarchy().activity());
            book.shared().add(l.indicator().code());
            book.shared().add(l.indicator().name());
            book.shared().add(l.indicator().unitOfCount());
            book.shared().add(ua.assessment().standing().thai());
        }
        XSSFSheet sheet = book.sheet(name, rows -> rows(rows, period, unit, lines, s));
        Cells.widths(sheet, WIDTHS);
        sheet.createFreezePane(0, 2);
        Cells.printSetup(sheet, 1);
    }

    private static void rows(SheetRows out, FiscalPeriod period, UnitMonth unit, List<UnitAssessment> lines, ReportStyles s)
            throws IOException {
        Cells.title(out, unit.unitName() + " — ฉบับที่ " + unit.version() + " (" + unit.fileName() + ")", s);
        out.row(1, RowHeights.points(HEADERS, WIDTHS));
        for (int c = 0; c < HEADERS.length; c++) {
            out.text(c, HEADERS[c], s.header);
        }
        int r = 2;
        String resultField = Provenance.monthField("result", period.fiscalMonth());
        for (UnitAssessment ua : lines) {
            Assessment a = ua.assessment();
            IndicatorLine l = a.line();
            // The file on one line, the cell on the next: the file name, the same on every row, is wrapped once.
            String source = unit.fileName() + "\n" + l.source().where(resultField);
            out.row(r++, RowHeights.points(new String[] {l.level().thai(), l.group(), l.hierarchy().activity(),
                l.indicator().code(), l.indicator().name(), l.indicator().unitOfCount(), null, null, null, null, null,
                a.standing().thai(), null, source}, WIDTHS));
            out.shared(0, l.level().thai(), s.text);
            out.shared(1, l.group(), s.text);
            out.shared(2, l.hierarchy().activity(), s.text);
            out.shared(3, l.indicator().code(), s.text);
            out.shared(4, l.indicator().name(), s.text);
            out.shared(5, l.indicator().unitOfCount(), s.text);
            out.number(6, l.annualTarget(), s.number);
            out.number(7, a.expected(), s.number);
            out.number(8, a.cumulativeResult(), s.number);
            out.number(9, a.percentOfExpected(), s.percent);
            out.number(10, a.percentOfAnnual(), s.percent);
            out.shared(11, a.standing().thai(), s.text);
            out.number(12, l.result().get(period.fiscalMonth()), s.number);
            out.text(13, source, s.text);
        }
    }
}
