package th.go.moc.ops.sor301hub.web;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.Standing;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;

/**
 * The two charts of the indicators page, as coordinates for an SVG the template draws (no script, nothing
 * fetched): how many lines stand above, on and below target, and the cumulative disbursement month by month
 * against the Cabinet's target. The figures go in a table beside each chart too.
 */
final class Charts {

    /** The standings chart's drawing: labels to the left, bars up to this wide. */
    static final int BAR_LEFT = 150;
    static final int BAR_WIDTH = 200;
    /** The spending chart's plot area, in the SVG's units (its viewBox is 400 × 230). */
    static final int PLOT_LEFT = 40;
    static final int PLOT_RIGHT = 390;
    static final int PLOT_TOP = 12;
    static final int PLOT_BOTTOM = 190;

    private Charts() {
    }

    /** One standing's bar: its count, and its length in the SVG's units. */
    record Bar(Standing standing, long count, double length, double y) {
    }

    static List<Bar> standings(MonthAnalysis analysis) {
        long most = 1;
        long[] counts = new long[Standing.values().length];
        for (Standing s : Standing.values()) {
            counts[s.ordinal()] = analysis.count(s, true) + analysis.count(s, false);
            most = Math.max(most, counts[s.ordinal()]);
        }
        List<Bar> bars = new ArrayList<>();
        for (Standing s : Standing.values()) {
            bars.add(new Bar(s, counts[s.ordinal()], BAR_WIDTH * (double) counts[s.ordinal()] / most, 10 + 36.0 * s.ordinal()));
        }
        return bars;
    }

    /** A month of the spending chart: where it sits on the x axis, and its two figures. */
    record MonthPoint(String thai, String english, double x, double disbursed, double target, double yDisbursed,
                      double yTarget) {
    }

    /** A grid line of the spending chart: its percentage and height. */
    record Tick(int percent, double y) {
    }

    static List<MonthPoint> spending(MonthAnalysis analysis) {
        FiscalPeriod period = analysis.period();
        int months = period.fiscalMonth();
        double step = (PLOT_RIGHT - PLOT_LEFT) / (double) months;
        List<MonthPoint> points = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            int calendar = FiscalPeriod.calendarMonthOf(i + 1);
            double disbursed = analysis.budgetTotal().disbursedPercentByMonth()[i];
            double target = analysis.cabinet().quarterEndPercents().get(i / 3);
            points.add(new MonthPoint(ThaiMonths.shortName(calendar),
                    Month.of(calendar).getDisplayName(TextStyle.SHORT, Locale.ENGLISH), PLOT_LEFT + step * (i + 0.5),
                    disbursed, target, y(disbursed), y(target)));
        }
        return points;
    }

    static List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            ticks.add(new Tick(p, y(p)));
        }
        return ticks;
    }

    /** "x,y x,y …" for an SVG polyline through the months' disbursement, or their targets. */
    static String line(List<MonthPoint> points, boolean target) {
        StringBuilder out = new StringBuilder();
        for (MonthPoint p : points) {
            out.append(out.isEmpty() ? "" : " ").append(Math.round(p.x() * 10) / 10.0).append(',')
                    .append(Math.round((target ? p.yTarget() : p.yDisbursed()) * 10) / 10.0);
        }
        return out.toString();
    }

    /** A percentage's height on the plot: 0 at the bottom, 100 at the top (more is drawn at the top). */
    private static double y(double percent) {
        double p = Math.max(0, Math.min(100, percent));
        return PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * p / 100;
    }
}
