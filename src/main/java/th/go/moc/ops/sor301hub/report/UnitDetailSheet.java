package th.go.moc.ops.sor301hub.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
    private static final int[] WIDTHS = {18, 40, 36, 14, 50, 10, 14, 14, 14, 14, 14, 18, 14, 60};

    private UnitDetailSheet() {
    }

    static void write(Sheet sheet, FiscalPeriod period, UnitMonth unit, List<UnitAssessment> lines, ReportStyles s) {
        Cells.widths(sheet, WIDTHS);
        Cells.title(sheet, unit.unitName() + " — ฉบับที่ " + unit.version() + " (" + unit.fileName() + ")", s);
        Row header = sheet.createRow(1);
        for (int c = 0; c < HEADERS.length; c++) {
            Cells.text(header, c, HEADERS[c], s.header);
        }
        int r = 2;
        String resultField = Provenance.monthField("result", period.fiscalMonth());
        for (UnitAssessment ua : lines) {
            Assessment a = ua.assessment();
            IndicatorLine l = a.line();
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, l.level().thai(), s.text);
            Cells.text(row, 1, l.level().isServiceTarget() ? l.hierarchy().serviceTarget() : l.hierarchy().outputProject(),
                    s.text);
            Cells.text(row, 2, l.hierarchy().activity(), s.text);
            Cells.text(row, 3, l.indicator().code(), s.text);
            Cells.text(row, 4, l.indicator().name(), s.text);
            Cells.text(row, 5, l.indicator().unitOfCount(), s.text);
            Cells.number(row, 6, l.annualTarget(), s.number);
            Cells.number(row, 7, a.expected(), s.number);
            Cells.number(row, 8, a.cumulativeResult(), s.number);
            Cells.number(row, 9, a.percentOfExpected(), s.percent);
            Cells.number(row, 10, a.percentOfAnnual(), s.percent);
            Cells.text(row, 11, a.standing().thai(), s.text);
            Cells.number(row, 12, l.result().get(period.fiscalMonth()), s.number);
            Cells.text(row, 13, unit.fileName() + " " + l.source().where(resultField), s.text);
        }
        sheet.createFreezePane(0, 2);
        Cells.printSetup(sheet, 1);
    }
}
