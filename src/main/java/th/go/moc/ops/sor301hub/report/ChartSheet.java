package th.go.moc.ops.sor301hub.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.UnitAssessment;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;

/**
 * Two charts with their figures beside them: the share of the cumulative plan achieved per
 * output/project (the average over its units' lines), and the cumulative disbursement month by month
 * against the Cabinet's target for each month's quarter.
 */
final class ChartSheet {

    static final String NAME = "แผนภูมิ";

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
        XSSFSheet sheet = book.sheet(NAME, out -> {
            Cells.title(out, "แผนภูมิ " + a.period().thaiLabel() + " / Charts", s);
            out.row(1, RowHeights.LINE_POINTS * 2 + 4);
            out.text(0, "ผลผลิต/โครงการ", s.header);
            out.text(1, "ร้อยละของแผนสะสม (เฉลี่ย)", s.header);
            out.text(3, "เดือน", s.header);
            out.text(4, "ร้อยละเบิกจ่ายสะสม", s.header);
            out.text(5, "เป้าหมาย ครม.", s.header);
            for (int i = 0; i < Math.max(outputs.size(), months); i++) {
                out.row(2 + i, RowHeights.LINE_POINTS * (i < outputs.size()
                        ? RowHeights.lines(new String[] {outputs.get(i)}, new int[] {50}) : 1) + 4);
                if (i < outputs.size()) {
                    out.text(0, outputs.get(i), s.text);
                    out.number(1, achieved[i], s.percent);
                }
                if (i < months) {
                    out.text(3, monthNames[i], s.text);
                    out.number(4, disbursed[i], s.percent);
                    out.number(5, target[i], s.percent);
                }
            }
        });
        Cells.widths(sheet, new int[] {50, 18, 4, 12, 18, 18});
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int below = 4 + Math.max(outputs.size(), months);
        if (!outputs.isEmpty()) {
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, below, 6, below + 22));
            chart.setTitleText("ร้อยละของแผนสะสมที่ทำได้ แยกตามผลผลิต/โครงการ");
            XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.LEFT);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axis, values);
            data.setBarDirection(BarDirection.BAR);
            XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(outputs.toArray(String[]::new),
                    range(0, 2, outputs.size()));
            XDDFNumericalDataSource<Double> pct = XDDFDataSourcesFactory.fromArray(achieved, range(1, 2, outputs.size()));
            XDDFChartData.Series bars = data.addSeries(names, pct);
            bars.setTitle("ร้อยละของแผนสะสม", null);
            // Without an explicit fill, LibreOffice draws the bars invisible.
            bars.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x12, 0x35, 0x5B})));
            chart.plot(data);
        }
        if (months > 0) {
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, below + 24, 6, below + 44));
            chart.setTitleText("การเบิกจ่ายสะสมเทียบเป้าหมายคณะรัฐมนตรี (ร้อยละ)");
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFChartData data = chart.createData(ChartTypes.LINE, axis, values);
            XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(monthNames, range(3, 2, months));
            line(data.addSeries(names, XDDFDataSourcesFactory.fromArray(disbursed, range(4, 2, months))),
                    "เบิกจ่ายสะสม", new byte[] {0x12, 0x35, 0x5B});
            line(data.addSeries(names, XDDFDataSourcesFactory.fromArray(target, range(5, 2, months))),
                    "เป้าหมาย ครม.", new byte[] {(byte) 0xA4, 0x16, 0x1A});
            chart.plot(data);
        }
        Cells.printSetup(sheet, -1);
    }

    private static void line(XDDFChartData.Series series, String title, byte[] rgb) {
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
