package th.go.moc.ops.sor301hub.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.go.moc.ops.sor301hub.sor301.Cumulation;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLevel;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.Provenance;

/**
 * The checks of a submission against itself as a whole and against what came before: an indicator
 * reported twice, one the unit did not report last month, a cumulative lower than last month's, a
 * ministry-level indicator that other units report too.
 */
public final class HistoryValidator {

    private HistoryValidator() {
    }

    public static List<Problem> check(String file, String unitId, FiscalPeriod period, List<IndicatorLine> lines,
                                      History history) {
        List<Problem> problems = new ArrayList<>();
        Map<String, IndicatorLine> seen = new HashMap<>();
        for (IndicatorLine line : lines) {
            IndicatorLine first = seen.putIfAbsent(key(line), line);
            if (first != null) {
                problems.add(Rules.duplicateIndicator(file, line.source().sheet(), line.source().cell("indicator"),
                        line.indicator().name(), first.source().cell("indicator")));
            }
        }
        // Cumulatives start again every October: last month is only comparable within the fiscal year.
        if (period.fiscalMonth() > 1) {
            FiscalPeriod last = period.previous();
            Map<String, IndicatorLine> before = new HashMap<>();
            history.accepted(unitId, last).forEach(l -> before.putIfAbsent(key(l), l));
            if (!before.isEmpty()) {
                for (IndicatorLine line : lines) {
                    compareWithLastMonth(file, line, before.get(key(line)), period, last, problems);
                }
            }
        }
        for (IndicatorLine line : lines) {
            if (line.level() == IndicatorLevel.MINISTRY_TARGET) {
                int others = history.otherUnitsReporting(period, line.indicator().identity(), unitId);
                if (others > 0) {
                    problems.add(Rules.ministryIndicatorShared(file, line.source().sheet(), line.source().cell("indicator"),
                            line.indicator().name(), others));
                }
            }
        }
        return problems;
    }

    private static void compareWithLastMonth(String file, IndicatorLine line, IndicatorLine before, FiscalPeriod period,
                                             FiscalPeriod last, List<Problem> problems) {
        Provenance src = line.source();
        if (before == null) {
            problems.add(Rules.newIndicator(file, src.sheet(), src.cell("indicator"), line.indicator().name(),
                    last));
            return;
        }
        if (line.indicator().cumulation() != Cumulation.SUM) {
            return;
        }
        double now = line.cumulativeResult(period.fiscalMonth());
        double then = before.cumulativeResult(last.fiscalMonth());
        if (now < then - 0.005) {
            String cell = src.cell("cumulative") != null ? src.cell("cumulative")
                    : src.cell(Provenance.monthField("result", period.fiscalMonth()));
            problems.add(Rules.cumulativeFell(file, src.sheet(), cell, line.indicator().name(), now, then, last));
        }
    }

    /** The same indicator: its code (or name) under the same output/project and activity. */
    static String key(IndicatorLine l) {
        return l.indicator().identity() + "|" + l.hierarchy().outputProject() + "|" + l.hierarchy().activity();
    }
}
