package th.go.moc.ops.sor301hub.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import th.go.moc.ops.sor301hub.analysis.Assessment;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.Standing;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.analysis.UnitAssessment;
import th.go.moc.ops.sor301hub.sor301.Figures;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * The form itself, as the seed prints it: the title, the rule used, four columns, sections ๑ above /
 * ๒ on / ๓ below target, each split into .๑ OPS service targets and .๒ outputs/projects and activities,
 * with the lines grouped under their service target, or output/project and activity.
 */
final class FormSheet {

    static final String NAME = "สงป.301";
    static final String[] HEADERS = {
        "เป้าหมายการให้บริการของหน่วยงาน/ตัวชี้วัด ผลผลิต/โครงการ-กิจกรรม",
        "ค่าเป้าหมายทั้งปีงบประมาณ/หน่วยนับ",
        "ผลความคืบหน้าตามค่าเป้าหมายของตัวชี้วัดแต่ละระดับ (%s)",
        "ผลการดำเนินงาน"};
    private static final String[] SUBSECTIONS = {"เป้าหมายการให้บริการ สป. ดังนี้", "โครงการ/ผลผลิต และกิจกรรม ดังนี้"};
    static final int[] WIDTHS = {70, 26, 40, 70};

    /** Rows grouped service target → output/project → activity, then by indicator and unit. */
    private static final Comparator<UnitAssessment> ORDER = Comparator
            .comparing((UnitAssessment a) -> nz(a.assessment().line().hierarchy().serviceTarget()))
            .thenComparing(a -> nz(a.assessment().line().hierarchy().outputProject()))
            .thenComparing(a -> nz(a.assessment().line().hierarchy().activity()))
            .thenComparing(a -> nz(a.assessment().line().indicator().name()))
            .thenComparing(a -> a.unit().unitId());

    private FormSheet() {
    }

    static void write(Sheet sheet, MonthAnalysis analysis, TargetComparison comparison, ReportStyles s) {
        FiscalPeriod period = analysis.period();
        Cells.widths(sheet, WIDTHS);
        int r = 0;
        Cells.merged(sheet, r++, 3, "รายงานผลปฏิบัติงาน (สงป. ๓๐๑) สำนักงานปลัดกระทรวงพาณิชย์ ประจำเดือน "
                + ThaiMonths.fullName(period.calendarMonth()) + " " + ThaiText.thaiDigits(Integer.toString(period.calendarYearBe())),
                s.title);
        Cells.merged(sheet, r++, 3, comparison.ruleThai(period) + "\n" + comparison.ruleEnglish(period), s.note)
                .setHeightInPoints(40);
        int headerRow = r;
        Row header = sheet.createRow(r++);
        header.setHeightInPoints(60);
        for (int c = 0; c < HEADERS.length; c++) {
            Cells.text(header, c, HEADERS[c].formatted(period.cumulativeSpanThai()), s.header);
        }
        for (Standing standing : Standing.values()) {
            String n = ThaiText.thaiDigits(Integer.toString(standing.section()));
            section(sheet, r++, n + ". " + standing.thai() + " ได้แก่", s);
            for (int sub = 0; sub < 2; sub++) {
                boolean serviceTargets = sub == 0;
                section(sheet, r++, n + "." + ThaiText.thaiDigits(Integer.toString(sub + 1)) + " " + SUBSECTIONS[sub], s);
                List<UnitAssessment> lines = analysis.lines().stream()
                        .filter(a -> a.assessment().standing() == standing
                                && a.assessment().line().level().isServiceTarget() == serviceTargets)
                        .sorted(ORDER).toList();
                if (lines.isEmpty()) {
                    Row row = sheet.createRow(r++);
                    Cells.text(row, 0, "- ไม่มี -", s.text);
                    for (int c = 1; c < 4; c++) {
                        Cells.text(row, c, null, s.text);
                    }
                }
                r = lines(sheet, r, lines, serviceTargets, s);
            }
        }
        Cells.printSetup(sheet, headerRow);
    }

    /** The lines of a subsection, each group under a heading row when its service target, output or activity changes. */
    private static int lines(Sheet sheet, int r, List<UnitAssessment> lines, boolean serviceTargets, ReportStyles s) {
        String group = null;
        String activity = null;
        for (UnitAssessment a : lines) {
            IndicatorLine l = a.assessment().line();
            String g = serviceTargets ? l.hierarchy().serviceTarget() : l.hierarchy().outputProject();
            if (!Objects.equals(g, group)) {
                group = g;
                activity = null;
                if (g != null) {
                    Cells.merged(sheet, r++, 3, g, s.group).setHeightInPoints(RowHeights.LINE_POINTS + 4);
                }
            }
            if (!serviceTargets && !Objects.equals(l.hierarchy().activity(), activity)) {
                activity = l.hierarchy().activity();
                if (activity != null) {
                    Cells.merged(sheet, r++, 3, "    " + activity, s.subgroup).setHeightInPoints(RowHeights.LINE_POINTS + 4);
                }
            }
            line(sheet.createRow(r++), a, s);
        }
        return r;
    }

    private static void line(Row row, UnitAssessment a, ReportStyles s) {
        Assessment x = a.assessment();
        IndicatorLine line = x.line();
        String what = "ตัวชี้วัด: " + line.indicator().name() + " (" + a.unit().unitName() + ")";
        String unitOfCount = line.indicator().unitOfCount();
        String target = line.annualTarget() == null ? "-" : withUnit(line.annualTarget(), unitOfCount);
        StringBuilder progress = new StringBuilder(withUnit(x.cumulativeResult(), unitOfCount));
        if (x.percentOfExpected() != null) {
            progress.append(" (ร้อยละ ").append(Figures.format(x.percentOfExpected()))
                    .append(" ของเป้าหมายสะสม ").append(Figures.format(x.expected())).append(")");
        }
        StringBuilder result = new StringBuilder(nz(line.narrative().result()));
        if (line.narrative().problems() != null) {
            result.append("\nปัญหา/อุปสรรค: ").append(line.narrative().problems());
        }
        if (line.narrative().remedies() != null) {
            result.append("\nแนวทางแก้ไข: ").append(line.narrative().remedies());
        }
        String[] texts = {what, target, progress.toString(), result.toString().strip()};
        for (int c = 0; c < texts.length; c++) {
            Cells.text(row, c, texts[c], s.text);
        }
        RowHeights.fit(row, texts, WIDTHS);
    }

    private static void section(Sheet sheet, int r, String text, ReportStyles s) {
        Cells.merged(sheet, r, 3, text, s.section).setHeightInPoints(RowHeights.LINE_POINTS + 6);
    }

    /** "120 ราย", but "ร้อยละ 85": Thai puts ร้อยละ before the figure. */
    static String withUnit(double value, String unitOfCount) {
        if (unitOfCount == null) {
            return Figures.format(value);
        }
        return unitOfCount.equals("ร้อยละ") ? "ร้อยละ " + Figures.format(value) : Figures.format(value) + " " + unitOfCount;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
