package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import th.go.moc.ops.sor301hub.analysis.Assessment;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.Standing;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.analysis.UnitAssessment;
import th.go.moc.ops.sor301hub.sor301.Figures;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.Narrative;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * The form itself, as the seed prints it: the title, the rule used, four columns, sections ๑ above /
 * ๒ on / ๓ below target, each split into .๑ OPS service targets and .๒ outputs/projects and activities,
 * with the lines grouped under their service target, or output/project and activity. Each indicator is written
 * once, and each unit that reports it on a row of its own under it, its result put in words
 * ({@link ResultSentence}).
 */
final class FormSheet {

    static final String NAME = "สงป.301";
    static final String[] HEADERS = {
        "เป้าหมายการให้บริการของหน่วยงาน/ตัวชี้วัด ผลผลิต/โครงการ-กิจกรรม",
        "ค่าเป้าหมายทั้งปีงบประมาณ/หน่วยนับ",
        "ผลความคืบหน้าตามค่าเป้าหมายของตัวชี้วัดแต่ละระดับ (%s)",
        "ผลการดำเนินงาน"};
    private static final String[] SUBSECTIONS = {"เป้าหมายการให้บริการ สป. ดังนี้", "โครงการ/ผลผลิต และกิจกรรม ดังนี้"};
    static final int[] WIDTHS = {44, 26, 40, 96};
    /** All four columns, for a heading row that spans them. */
    private static final int WIDE = Arrays.stream(WIDTHS).sum();
    /** How an indicator's heading row starts, and each of its units' rows under it. */
    static final String INDICATOR = "ตัวชี้วัด: ";
    static final String UNIT = "    – ";
    /** Under the title and the rule used; repeated on every printed page. */
    private static final int HEADER_ROW = 2;

    /** Rows grouped service target → output/project → activity, then by indicator (and by unit). */
    private static final List<Function<UnitAssessment, String>> ORDER = List.of(
            a -> a.assessment().line().hierarchy().serviceTarget(), a -> a.assessment().line().hierarchy().outputProject(),
            a -> a.assessment().line().hierarchy().activity(), a -> a.assessment().line().indicator().name());

    private FormSheet() {
    }

    static void write(StreamedWorkbook book, MonthAnalysis analysis, TargetComparison comparison, ReportStyles s) {
        XSSFSheet sheet = book.sheet(NAME, rows -> rows(rows, analysis, comparison, s));
        Cells.widths(sheet, WIDTHS);
        Cells.printSetup(sheet, HEADER_ROW);
    }

    private static void rows(SheetRows out, MonthAnalysis analysis, TargetComparison comparison, ReportStyles s)
            throws IOException {
        FiscalPeriod period = analysis.period();
        Cells.merged(out, 0, Cells.TITLE_POINTS, 3, "รายงานผลปฏิบัติงาน (สงป. ๓๐๑) สำนักงานปลัดกระทรวงพาณิชย์ ประจำเดือน "
                + ThaiMonths.fullName(period.calendarMonth()) + " " + ThaiText.thaiDigits(Integer.toString(period.calendarYearBe())),
                s.title);
        String rule = comparison.ruleThai(period) + "\n" + comparison.ruleEnglish(period);
        Cells.merged(out, 1, RowHeights.points(new String[] {rule}, new int[] {WIDE}), 3, rule, s.note);
        String[] headers = new String[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            headers[c] = HEADERS[c].formatted(period.cumulativeSpanThai());
        }
        out.row(HEADER_ROW, RowHeights.points(headers, WIDTHS));
        for (int c = 0; c < headers.length; c++) {
            out.text(c, headers[c], s.header);
        }
        List<List<UnitAssessment>> subsections = subsections(inFormOrder(analysis.lines()));
        int r = HEADER_ROW + 1;
        for (Standing standing : Standing.values()) {
            String n = ThaiText.thaiDigits(Integer.toString(standing.section()));
            section(out, r++, n + ". " + standing.thai() + " ได้แก่", s);
            for (int sub = 0; sub < 2; sub++) {
                boolean serviceTargets = sub == 0;
                section(out, r++, n + "." + ThaiText.thaiDigits(Integer.toString(sub + 1)) + " " + SUBSECTIONS[sub], s);
                List<UnitAssessment> lines = subsections.get(2 * standing.ordinal() + sub);
                if (lines.isEmpty()) {
                    out.row(r++, RowHeights.points(new String[] {"- ไม่มี -"}, WIDTHS));
                    out.text(0, "- ไม่มี -", s.text);
                    for (int c = 1; c < 4; c++) {
                        out.text(c, null, s.text);
                    }
                }
                r = lines(out, r, lines, serviceTargets, s);
            }
        }
    }

    /** The lines in the form's order: by their texts (service target, output/project, activity, indicator), then unit. */
    private static List<UnitAssessment> inFormOrder(List<UnitAssessment> lines) {
        return TextOrder.sorted(lines, ORDER, a -> a.unit().unitId());
    }

    /** The lines of each subsection in turn (above target: service targets, outputs; on target: …), in order. */
    private static List<List<UnitAssessment>> subsections(List<UnitAssessment> ordered) {
        List<List<UnitAssessment>> subsections = new ArrayList<>();
        for (int i = 0; i < 2 * Standing.values().length; i++) {
            subsections.add(new ArrayList<>());
        }
        for (UnitAssessment a : ordered) {
            int sub = a.assessment().line().level().isServiceTarget() ? 0 : 1;
            subsections.get(2 * a.assessment().standing().ordinal() + sub).add(a);
        }
        return subsections;
    }

    /**
     * The lines of a subsection: a heading row when the service target, output or activity changes, one for
     * each indicator, and under it a row per unit that reports it.
     */
    private static int lines(SheetRows out, int r, List<UnitAssessment> lines, boolean serviceTargets, ReportStyles s)
            throws IOException {
        String group = null;
        String activity = null;
        String indicator = null;
        for (UnitAssessment a : lines) {
            IndicatorLine l = a.assessment().line();
            String g = l.group();
            if (!Objects.equals(g, group)) {
                group = g;
                activity = null;
                indicator = null;
                if (g != null) {
                    Cells.merged(out, r++, RowHeights.points(new String[] {g}, new int[] {WIDE}), 3, g, s.group);
                }
            }
            if (!serviceTargets && !Objects.equals(l.hierarchy().activity(), activity)) {
                activity = l.hierarchy().activity();
                indicator = null;
                if (activity != null) {
                    String text = "    " + activity;
                    Cells.merged(out, r++, RowHeights.points(new String[] {text}, new int[] {WIDE}), 3, text, s.subgroup);
                }
            }
            if (!l.indicator().name().equals(indicator)) {
                indicator = l.indicator().name();
                String text = INDICATOR + indicator;
                Cells.merged(out, r++, RowHeights.points(new String[] {text}, new int[] {WIDE}), 3, text, s.indicator);
            }
            line(out, r++, a, s);
        }
        return r;
    }

    /** A unit's row under its indicator: the annual target, the result so far against the plan, and in words. */
    private static void line(SheetRows out, int r, UnitAssessment a, ReportStyles s) throws IOException {
        Assessment x = a.assessment();
        IndicatorLine line = x.line();
        String unitOfCount = line.indicator().unitOfCount();
        String target = line.annualTarget() == null ? "-" : ResultSentence.figure(line.annualTarget(), unitOfCount);
        String progress = ResultSentence.figure(x.cumulativeResult(), unitOfCount);
        if (x.percentOfExpected() != null) {
            progress += "\n(ร้อยละ " + ThaiText.thaiDigits(Figures.format(x.percentOfExpected())) + " ของเป้าหมายสะสม)";
        }
        StringBuilder result = new StringBuilder(ResultSentence.of(x));
        Narrative words = line.narrative();
        if (words.result() != null) {
            result.append("\n").append(words.result());
        }
        if (words.problems() != null) {
            result.append("\nปัญหา/อุปสรรค: ").append(words.problems());
        }
        if (words.remedies() != null) {
            result.append("\nแนวทางแก้ไข: ").append(words.remedies());
        }
        String[] texts = {UNIT + a.unit().unitName(), target, progress, result.toString()};
        out.row(r, RowHeights.points(texts, WIDTHS));
        for (int c = 0; c < texts.length; c++) {
            out.text(c, texts[c], s.text);
        }
    }

    private static void section(SheetRows out, int r, String text, ReportStyles s) throws IOException {
        Cells.merged(out, r, RowHeights.LINE_POINTS + 6, 3, text, s.section);
    }
}
