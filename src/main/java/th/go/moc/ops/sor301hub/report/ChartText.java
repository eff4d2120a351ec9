package th.go.moc.ops.sor301hub.report;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/** A chart's words at a size that can be read on paper, in the report's font, and its values written on it. */
final class ChartText {

    /** In hundredths of a point, as DrawingML has it. */
    private static final int BODY_SIZE = 1400;
    private static final int TITLE_SIZE = 1800;

    private ChartText() {
    }

    /** The title, and every other text of the chart (axes, legend, labels) at 14 pt. */
    static void size(XSSFChart chart, String title) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getTitle().getOrAddTextProperties().setFontSize(TITLE_SIZE / 100.0);
        CTTextBody body = chart.getCTChartSpace().addNewTxPr();
        body.addNewBodyPr();
        body.addNewLstStyle();
        font(body.addNewP().addNewPPr().addNewDefRPr(), BODY_SIZE);
    }

    /** The series' values written by each point, with one decimal. */
    static void showValues(CTDLbls labels) {
        labels.addNewNumFmt().setFormatCode("0.0");
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static void font(CTTextCharacterProperties run, int size) {
        run.setSz(size);
        run.addNewLatin().setTypeface(ReportStyles.FONT);
        run.addNewCs().setTypeface(ReportStyles.FONT);
    }
}
