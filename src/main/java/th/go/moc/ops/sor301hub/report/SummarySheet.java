package th.go.moc.ops.sor301hub.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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

    private SummarySheet() {
    }

    static void write(Sheet sheet, MonthAnalysis a, java.util.List<UnitMonth> units, ReportStyles s) {
        Cells.widths(sheet, new int[] {46, 16, 16, 16, 14, 20, 18, 14, 16, 26});
        int r = 0;
        Cells.title(sheet, "สรุปผลการดำเนินงาน " + a.period().thaiLabel() + " / Summary", s);
        r++;
        r++;
        Row header = sheet.createRow(r++);
        header.setHeightInPoints(RowHeights.LINE_POINTS * 2 + 4);
        String[] sectionHeaders = {"ผลการดำเนินงาน", "เป้าหมายการให้บริการ สป.", "โครงการ/ผลผลิต และกิจกรรม", "รวม"};
        for (int c = 0; c < sectionHeaders.length; c++) {
            Cells.text(header, c, sectionHeaders[c], s.header);
        }
        for (Standing standing : Standing.values()) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(RowHeights.LINE_POINTS + 4);
            Cells.text(row, 0, ThaiText.thaiDigits(Integer.toString(standing.section())) + ". " + standing.thai(), s.text);
            long service = a.count(standing, true);
            long outputs = a.count(standing, false);
            Cells.number(row, 1, (double) service, s.number);
            Cells.number(row, 2, (double) outputs, s.number);
            Cells.number(row, 3, (double) (service + outputs), s.number);
        }
        r++;
        int unitHeader = r;
        Row uh = sheet.createRow(r++);
        uh.setHeightInPoints(RowHeights.LINE_POINTS * 3 + 4);
        for (int c = 0; c < UNIT_HEADERS.length; c++) {
            Cells.text(uh, c, UNIT_HEADERS[c], s.header);
        }
        for (UnitMonth unit : units) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(RowHeights.LINE_POINTS + 4);
            Cells.text(row, 0, unit.unitName(), s.text);
            java.util.List<UnitAssessment> mine = a.of(unit.unitId());
            int c = 1;
            for (Standing standing : Standing.values()) {
                Cells.number(row, c++, (double) mine.stream().filter(x -> x.assessment().standing() == standing).count(),
                        s.number);
            }
            Cells.number(row, c, (double) mine.size(), s.number);
            a.budgets().stream().filter(b -> unit.unitId().equals(b.unitId())).findFirst()
                    .ifPresent(b -> budget(row, b, s));
        }
        Row total = sheet.createRow(r);
        total.setHeightInPoints(RowHeights.LINE_POINTS + 4);
        Cells.text(total, 0, "รวมทุกหน่วยงาน / all units", s.section);
        for (int c = 1; c <= 4; c++) {
            Cells.text(total, c, null, s.section);
        }
        budget(total, a.budgetTotal(), s);
        Cells.printSetup(sheet, unitHeader);
    }

    private static void budget(Row row, BudgetStanding b, ReportStyles s) {
        Cells.number(row, 5, b.allocation(), s.number);
        Cells.number(row, 6, b.disbursedToDate(), s.number);
        Cells.number(row, 7, b.disbursedPercent(), s.percent);
        Cells.number(row, 8, b.cabinetTargetPercent(), s.percent);
        Cells.text(row, 9, b.meetsCabinetTarget() ? "ผ่าน / met" : "ต่ำกว่าเป้าหมาย / below", s.text);
    }
}
