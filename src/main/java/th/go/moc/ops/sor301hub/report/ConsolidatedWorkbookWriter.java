package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/**
 * The month's consolidated SOR-301 workbook: the form in the seed's shape, a summary per section and per
 * unit, the problems and remedies gathered, two charts, and one detail sheet per unit with every figure
 * and the cell it came from. Its rows are streamed into the file (see {@link StreamedWorkbook}), so that its
 * size does not matter.
 */
public final class ConsolidatedWorkbookWriter {

    public static final String FORM_SHEET = FormSheet.NAME;
    public static final String SUMMARY_SHEET = SummarySheet.NAME;
    public static final String OBSTACLES_SHEET = ObstaclesSheet.NAME;
    public static final String CHART_SHEET = ChartSheet.NAME;
    /** The zlib level its parts are deflated at (for the benchmark's write floor). */
    public static final int DEFLATE_LEVEL = StreamedWorkbook.DEFLATE_LEVEL;

    private final TargetComparison comparison;

    public ConsolidatedWorkbookWriter(TargetComparison comparison) {
        this.comparison = comparison;
    }

    public void write(MonthAnalysis analysis, MonthData month, Path file) throws IOException {
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            ReportStyles styles = new ReportStyles(wb.book());
            FormSheet.write(wb, analysis, comparison, styles);
            SummarySheet.write(wb, analysis, month.units(), styles);
            ObstaclesSheet.write(wb, analysis, styles);
            ChartSheet.write(wb, analysis, styles);
            Set<String> names = new HashSet<>(Set.of(FORM_SHEET, SUMMARY_SHEET, OBSTACLES_SHEET, CHART_SHEET));
            for (UnitMonth unit : month.units()) {
                UnitDetailSheet.write(wb, uniqueSheetName(unit.unitName(), names), month.period(), unit,
                        analysis.of(unit.unitId()), styles);
            }
            wb.write(file);
        }
    }

    private static String uniqueSheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
