package th.go.moc.ops.sor301hub.validation;

import java.util.ArrayList;
import java.util.List;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.Provenance;
import th.go.moc.ops.sor301hub.sor301.Reporting;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;

/** The checks of one line against itself and its reporting month. */
public final class LineValidator {

    /** Stated and derived cumulatives may differ by rounding in the workbook, not more. */
    private static final double CUMULATIVE_TOLERANCE = 0.005;

    private LineValidator() {
    }

    public static List<Problem> check(String file, IndicatorLine line, FiscalPeriod period) {
        List<Problem> problems = new ArrayList<>();
        Provenance src = line.source();
        String name = line.indicator().name();
        int month = period.fiscalMonth();
        String resultField = Provenance.monthField("result", month);
        if (line.reporting() == Reporting.CUMULATIVE) {
            if (line.statedCumulative() == null) {
                problems.add(Rules.resultMissing(file, src.sheet(), src.cell("cumulative"), name,
                        ThaiMonths.shortName(period.calendarMonth())));
            }
            return problems;
        }
        if (line.result().get(month) == null) {
            problems.add(Rules.resultMissing(file, src.sheet(), src.cell(resultField), name,
                    ThaiMonths.shortName(period.calendarMonth())));
        }
        for (int m = 1; m <= month; m++) {
            Double r = line.result().get(m);
            if (r != null && r < 0) {
                problems.add(Rules.negativeResult(file, src.sheet(), src.cell(Provenance.monthField("result", m)), name, r));
            }
        }
        Double stated = line.statedCumulative();
        double derived = line.cumulativeResult(month);
        if (stated != null && Math.abs(stated - derived) > CUMULATIVE_TOLERANCE * Math.max(1, Math.abs(derived))) {
            problems.add(Rules.cumulativeMismatch(file, src.sheet(), src.cell("cumulative"), name, stated, derived));
        }
        return problems;
    }
}
