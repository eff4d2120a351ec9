package th.go.moc.ops.sor301hub.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.UnitAssessment;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;

/**
 * Two charts and their figures: the share of the cumulative plan achieved per output/project (the average
 * over its units' lines) against the 100 it should reach, and the cumulative disbursement month by month
 * against the Cabinet's target for each month's quarter. The figures print on the first page, each chart on
 * a page of its own, its values written on it.
 */
final class ChartSheet {

    static final String NAME = "แผนภูมิ";
    /** A chart's height in rows of the default height: most of a landscape A4 page. */
    private static final int CHART_ROWS = 28;
    private static final byte[] NAVY = {0x12, 0x35, 0x5B};
    private static final byte[] RED = {(byte) 0xA4, 0x16, 0x1A};

    private ChartSheet() {
    }

    static void write(StreamedWorkbook book, MonthAnalysis a, ReportStyles s) {
        Map<String, double[]> byOutput = new LinkedHashMap<>();
        for (UnitAssessment x : a.lines()) {
            Double p = x.assessment().percentOfExpected();
            if (p != null) {
                var l = x.assessment().line();
                String g = l.level().isServiceTarget() ? "เป้าหมายการให้บริการ: " + l.hierarchy().serviceTarget()
                        : l.hierarchy().outputProject();
                double[] sumCount = byOutput.computeIfAbsent(g == null ? "(ไม่ระบุ)" : g, k -> new double[2]);
                sumCount[0] += p;
                sumCount[1]++;
            }
        }
        List<String> outputs = List.copyOf(byOutput.keySet());
        Double[] achieved = new Double[outputs.size()];
        for (int i = 0; i < outputs.size(); i++) {
            double[] sc = byOutput.get(outputs.get(i));
            achieved[i] = sc[0] / sc[1];
        }
        int months = a.period().fiscalMonth();
        String[] monthNames = new String[months];
        Double[] disbursed = new Double[months];
        Double[] target = new Double[months];
        for (int i = 0; i < months; i++) {
            int m = i + 1;
            monthNames[i] = ThaiMonths.shortName(FiscalPeriod.calendarMonthOf(m));
            disbursed[i] = a.budgetTotal().disbursedPercentByMonth()[i];
            target[i] = a.cabinet().quarterEndPercents().get((m - 1) / 3);
        }
        int[] widths = {50, 18, 14, 12, 18, 18};
        XSSFSheet sheet = book.sheet(NAME, out -> {
            Cells.title(out, "แผนภูมิ " + a.period().thaiLabel() + " / Charts", s);
            String[] headers = {"ผลผลิต/โครงการ", "ร้อยละของแผนสะสม (เฉลี่ย)", "เป้าหมาย (ร้อยละ)", "เดือน", "ร้อยละเบิกจ่ายสะสม", "เป้าหมาย ครม."};
            out.row(1, RowHeights.points(headers, widths));
            for (int c = 0; c < headers.length; c++) {
                if (headers[c] != null) {
                    out.text(c, headers[c], s.header);
                }
            }
            for (int i = 0; i < Math.max(outputs.size(), months); i++) {
                out.row(2 + i, RowHeights.points(new String[] {i < outputs.size() ? outputs.get(i) : null}, widths));
                if (i < outputs.size()) {
                    out.text(0, outputs.get(i), s.text);
                    out.number(1, achieved[i], s.percent);
                    out.number(2, 100.0, s.percent);
                }
                if (i < months) {
                    out.text(3, monthNames[i], s.text);
                    out.number(4, disbursed[i], s.percent);
                    out.number(5, target[i], s.percent);
                }
            }
        });
        Cells.widths(sheet, widths);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // The figures on the first page, then each chart on a page of its own.
        int page = 2 + Math.max(outputs.size(), months);
        sheet.setRowBreak(page - 1);
        if (!outputs.isEmpty()) {
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, page, 6, page + CHART_ROWS));
            sheet.setRowBreak(page + CHART_ROWS);
            page += CHART_ROWS + 1;
            ChartText.size(chart, "ร้อยละของแผนสะสมที่ทำได้ แยกตามผลผลิต/โครงการ (เป้าหมาย ร้อยละ ๑๐๐)");
            XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            values.setMinimum(0);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(outputs.toArray(String[]::new),
                    range(0, 2, outputs.size()));
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axis, values);
            data.setBarDirection(BarDirection.COL);
            XDDFChartData.Series bars = data.addSeries(names,
                    XDDFDataSourcesFactory.fromArray(achieved, range(1, 2, outputs.size())));
            bars.setTitle("ร้อยละของแผนสะสมที่ทำได้", null);
            // Without an explicit fill, LibreOffice draws the bars invisible.
            bars.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(NAVY)));
            chart.plot(data);
            Double[] hundred = new Double[outputs.size()];
            Arrays.fill(hundred, 100.0);
            XDDFChartData goal = chart.createData(ChartTypes.LINE, axis, values);
            line(goal.addSeries(names, XDDFDataSourcesFactory.fromArray(hundred, range(2, 2, outputs.size()))),
                    "เป้าหมาย (ร้อยละ ๑๐๐)", RED);
            chart.plot(goal);
            ChartText.showValues(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls());
        }
        if (months > 0) {
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, page, 6, page + CHART_ROWS));
            ChartText.size(chart, "การเบิกจ่ายสะสมเทียบเป้าหมายคณะรัฐมนตรี (ร้อยละ)");
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            values.setMinimum(0);
            XDDFChartData data = chart.createData(ChartTypes.LINE, axis, values);
            XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(monthNames, range(3, 2, months));
            line(data.addSeries(names, XDDFDataSourcesFactory.fromArray(disbursed, range(4, 2, months))),
                    "เบิกจ่ายสะสม", NAVY);
            line(data.addSeries(names, XDDFDataSourcesFactory.fromArray(target, range(5, 2, months))),
                    "เป้าหมาย ครม.", RED);
            chart.plot(data);
            ChartText.showValues(chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0).addNewDLbls());
        }
        Cells.printSetup(sheet, -1);
    }

    private static void line(XDDFChartData.Series series, String title, byte[] rgb) {
        ((XDDFLineChartData.Series) series).setMarkerStyle(MarkerStyle.CIRCLE);
        series.setTitle(title, null);
        // The Cabinet's target steps from quarter to quarter: no smoothing between points.
        ((XDDFLineChartData.Series) series).setSmooth(false);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        line.setWidth(2.5);
        series.setLineProperties(line);
    }

    private static String range(int col, int firstRow, int count) {
        String letter = String.valueOf((char) ('A' + col));
        return "'" + NAME + "'!$" + letter + "$" + (firstRow + 1) + ":$" + letter + "$" + (firstRow + count);
    }
}
