package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.UnitAssessment;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;

/** The problems, obstacles and remedies units wrote, gathered per output/project (or service target). */
final class ObstaclesSheet {

    static final String NAME = "ปัญหาอุปสรรค";
    static final String[] HEADERS = {"หน่วยงาน", "ตัวชี้วัด", "ผลการประเมิน", "ปัญหา/อุปสรรค", "แนวทางแก้ไข"};
    private static final int[] WIDTHS = {20, 50, 22, 60, 60};
    private static final int WIDE = Arrays.stream(WIDTHS).sum();

    private ObstaclesSheet() {
    }

    static void write(StreamedWorkbook book, MonthAnalysis a, ReportStyles s) {
        List<UnitAssessment> lines = a.lines().stream().filter(x -> x.assessment().line().narrative().problems() != null
                        || x.assessment().line().narrative().remedies() != null).toList();
        for (UnitAssessment x : lines) {
            IndicatorLine l = x.assessment().line();
            book.shared().add(x.unit().unitName());
            book.shared().add(l.indicator().name());
            book.shared().add(x.assessment().standing().thai());
            book.shared().add(l.narrative().problems());
            book.shared().add(l.narrative().remedies());
        }
        XSSFSheet sheet = book.sheet(NAME, rows -> rows(rows, a.period(), lines, s));
        Cells.widths(sheet, WIDTHS);
        Cells.printSetup(sheet, 1);
    }

    /** @param lines the lines with problems or remedies written, in the month's order */
    private static void rows(SheetRows out, FiscalPeriod period, List<UnitAssessment> lines, ReportStyles s)
            throws IOException {
        Cells.title(out, "ปัญหา อุปสรรค และแนวทางแก้ไข " + period.thaiLabel(), s);
        List<UnitAssessment> sorted = TextOrder.sorted(lines, List.of(x -> group(x.assessment().line()),
                x -> x.assessment().line().indicator().name()), x -> x.unit().unitId());
        out.row(1, RowHeights.points(HEADERS, WIDTHS));
        for (int c = 0; c < HEADERS.length; c++) {
            out.text(c, HEADERS[c], s.header);
        }
        int r = 2;
        String group = null;
        for (UnitAssessment x : sorted) {
            IndicatorLine l = x.assessment().line();
            if (!Objects.equals(group, group(l))) {
                group = group(l);
                Cells.merged(out, r++, RowHeights.points(new String[] {group}, new int[] {WIDE}), HEADERS.length - 1,
                        group, s.group);
            }
            String[] texts = {x.unit().unitName(), l.indicator().name(), x.assessment().standing().thai(),
                l.narrative().problems(), l.narrative().remedies()};
            out.row(r++, RowHeights.points(texts, WIDTHS));
            for (int c = 0; c < texts.length; c++) {
                out.shared(c, texts[c], s.text);
            }
        }
        if (lines.isEmpty()) {
            String none = "- ไม่มีหน่วยงานรายงานปัญหาอุปสรรค -";
            out.row(r, RowHeights.points(new String[] {none}, WIDTHS));
            out.text(0, none, s.text);
        }
    }

    private static String group(IndicatorLine l) {
        return l.group() == null ? "(ไม่ระบุ)" : l.group();
    }
}
