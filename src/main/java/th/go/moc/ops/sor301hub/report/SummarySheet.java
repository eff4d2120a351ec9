package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import th.go.moc.ops.sor301hub.analysis.BudgetStanding;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.Standing;
import th.go.moc.ops.sor301hub.analysis.UnitAssessment;
import th.go.moc.ops.sor301hub.sor301.ThaiText;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/** Counts per section of the form and per unit, with each unit's spending against the Cabinet's target. */
final class SummarySheet {

    static final String NAME = "สรุป";
    static final String[] UNIT_HEADERS = {"หน่วยงาน", "สูงกว่าเป้าหมาย", "เป็นไปตามเป้าหมาย", "ต่ำกว่าเป้าหมาย",
        "ตัวชี้วัดทั้งหมด", "งบประมาณที่ได้รับจัดสรร", "เบิกจ่ายสะสม", "ร้อยละเบิกจ่าย", "เป้าหมาย ครม. (ร้อยละ)",
        "ผลเทียบเป้าหมาย ครม."};

    private static final int[] WIDTHS = {46, 16, 16, 16, 14, 20, 18, 14, 16, 26};

    /** Under the title, a blank row, the section counts (a header and three rows) and a blank row. */
    private static final int UNIT_HEADER_ROW = 7;

    private SummarySheet() {
    }

    static void write(StreamedWorkbook book, MonthAnalysis a, List<UnitMonth> units, ReportStyles s) {
        XSSFSheet sheet = book.sheet(NAME, rows -> rows(rows, a, units, s));
        Cells.widths(sheet, WIDTHS);
        Cells.printSetup(sheet, UNIT_HEADER_ROW);
    }

    private static void rows(SheetRows out, MonthAnalysis a, List<UnitMonth> units, ReportStyles s) throws IOException {
        Cells.title(out, "สรุปผลการดำเนินงาน " + a.period().thaiLabel() + " / Summary", s);
        int r = 2;
        String[] sectionHeaders = {"ผลการดำเนินงาน", "เป้าหมายการให้บริการ สป.", "โครงการ/ผลผลิต และกิจกรรม", "รวม"};
        out.row(r++, RowHeights.points(sectionHeaders, WIDTHS));
        for (int c = 0; c < sectionHeaders.length; c++) {
            out.text(c, sectionHeaders[c], s.header);
        }
        for (Standing standing : Standing.values()) {
            String label = ThaiText.thaiDigits(Integer.toString(standing.section())) + ". " + standing.thai();
            out.row(r++, RowHeights.points(new String[] {label}, WIDTHS));
            out.text(0, label, s.text);
            long service = a.count(standing, true);
            long outputs = a.count(standing, false);
            out.number(1, (double) service, s.number);
            out.number(2, (double) outputs, s.number);
            out.number(3, (double) (service + outputs), s.number);
        }
        out.row(UNIT_HEADER_ROW, RowHeights.points(UNIT_HEADERS, WIDTHS));
        for (int c = 0; c < UNIT_HEADERS.length; c++) {
            out.text(c, UNIT_HEADERS[c], s.header);
        }
        r = UNIT_HEADER_ROW + 1;
        for (UnitMonth unit : units) {
            out.row(r++, RowHeights.points(new String[] {unit.unitName()}, WIDTHS));
            out.text(0, unit.unitName(), s.text);
            List<UnitAssessment> mine = a.of(unit.unitId());
            int c = 1;
            for (Standing standing : Standing.values()) {
                out.number(c++, (double) mine.stream().filter(x -> x.assessment().standing() == standing).count(), s.number);
            }
            out.number(c, (double) mine.size(), s.number);
            BudgetStanding budget = a.budgets().stream().filter(b -> unit.unitId().equals(b.unitId())).findFirst().orElse(null);
            if (budget != null) {
                budget(out, budget, s);
            }
        }
        out.row(r, RowHeights.LINE_POINTS + 4);
        out.text(0, "รวมทุกหน่วยงาน / all units", s.section);
        for (int c = 1; c <= 4; c++) {
            out.text(c, null, s.section);
        }
        budget(out, a.budgetTotal(), s);
    }

    private static void budget(SheetRows out, BudgetStanding b, ReportStyles s) throws IOException {
        out.number(5, b.allocation(), s.number);
        out.number(6, b.disbursedToDate(), s.number);
        out.number(7, b.disbursedPercent(), s.percent);
        out.number(8, b.cabinetTargetPercent(), s.percent);
        out.text(9, b.meetsCabinetTarget() ? "ผ่าน / met" : "ต่ำกว่าเป้าหมาย / below", s.text);
    }
}
