package th.go.moc.ops.sor301hub.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import th.go.moc.ops.sor301hub.sor301.Cumulation;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.Provenance;
import th.go.moc.ops.sor301hub.sor301.Reporting;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/** The checks of one line against itself, its reporting month and the lists of mappings/rules.yaml. */
public final class LineValidator {

    /** Stated and derived cumulatives may differ by rounding in the workbook, not more. */
    private static final double CUMULATIVE_TOLERANCE = 0.005;
    private static final Set<String> PERCENT_UNITS = Set.of("ร้อยละ", "%", "เปอร์เซ็นต์");

    private LineValidator() {
    }

    public static List<Problem> check(String file, IndicatorLine line, FiscalPeriod period, RuleSettings rules) {
        List<Problem> problems = new ArrayList<>();
        Provenance src = line.source();
        String name = line.indicator().name();
        structure(file, line, rules, problems);
        if (line.reporting() == Reporting.CUMULATIVE) {
            if (line.statedCumulative() == null) {
                problems.add(Rules.resultMissing(file, src.sheet(), src.cell("cumulative"), name, period));
            }
            percentages(file, line, rules, problems);
            return problems;
        }
        int month = period.fiscalMonth();
        String resultField = Provenance.monthField("result", month);
        if (line.result().get(month) == null) {
            problems.add(Rules.resultMissing(file, src.sheet(), src.cell(resultField), name, period));
        }
        for (int m = 1; m <= 12; m++) {
            Double r = line.result().get(m);
            if (r == null) {
                continue;
            }
            if (m > month) {
                // A month to come with "-" or 0 in it: the unit had nothing to report yet, not a result in the wrong column.
                if (r == 0) {
                    continue;
                }
                problems.add(Rules.resultAfterReportingMonth(file, src.sheet(), src.cell(Provenance.monthField("result", m)),
                        name, m, month));
            } else if (r < 0) {
                problems.add(Rules.negativeResult(file, src.sheet(), src.cell(Provenance.monthField("result", m)), name, r));
            }
        }
        percentages(file, line, rules, problems);
        Double stated = line.statedCumulative();
        double derived = line.cumulativeResult(month);
        if (stated != null && Math.abs(stated - derived) > CUMULATIVE_TOLERANCE * Math.max(1, Math.abs(derived))) {
            problems.add(Rules.cumulativeMismatch(file, src.sheet(), src.cell("cumulative"), name, stated, derived));
        }
        planAddsUp(file, line, rules, problems);
        outlier(file, line, month, rules, problems);
        return problems;
    }

    private static void structure(String file, IndicatorLine line, RuleSettings rules, List<Problem> problems) {
        Provenance src = line.source();
        String kind = line.indicator().kind();
        if (kind != null && !rules.kindAllowed(kind)) {
            problems.add(Rules.kindInvalid(file, src.sheet(), src.cell("kind"), kind, rules.kinds()));
        }
        String unit = line.indicator().unitOfCount();
        if (unit == null) {
            problems.add(Rules.unitOfCountMissing(file, src.sheet(), src.cell("unitOfCount") != null
                    ? src.cell("unitOfCount") : src.cell("indicator"), line.indicator().name()));
        } else if (!rules.unitOfCountAllowed(unit)) {
            problems.add(Rules.unitOfCountInvalid(file, src.sheet(), src.cell("unitOfCount"), unit));
        }
    }

    /** A percentage above 100 is a mistake unless the indicator is listed as allowed to exceed it. */
    private static void percentages(String file, IndicatorLine line, RuleSettings rules, List<Problem> problems) {
        String unit = line.indicator().unitOfCount();
        if (unit == null || !PERCENT_UNITS.contains(ThaiText.key(unit))
                || rules.mayExceed100(line.indicator().code(), line.indicator().name())) {
            return;
        }
        Provenance src = line.source();
        for (int m = 1; m <= 12; m++) {
            Double r = line.result().get(m);
            if (r != null && r > 100) {
                problems.add(Rules.percentOver100(file, src.sheet(), src.cell(Provenance.monthField("result", m)),
                        line.indicator().name(), r));
            }
        }
        if (line.statedCumulative() != null && line.statedCumulative() > 100) {
            problems.add(Rules.percentOver100(file, src.sheet(), src.cell("cumulative"), line.indicator().name(),
                    line.statedCumulative()));
        }
    }

    /** For a count planned for all twelve months, the months should make the annual target. */
    private static void planAddsUp(String file, IndicatorLine line, RuleSettings rules, List<Problem> problems) {
        Double target = line.annualTarget();
        if (target == null || line.indicator().cumulation() != Cumulation.SUM) {
            return;
        }
        for (int m = 1; m <= 12; m++) {
            if (line.plan().get(m) == null) {
                return; // a plan that does not cover the year cannot be checked against the year's target
            }
        }
        double sum = line.plan().sumTo(12);
        if (Math.abs(sum - target) > rules.planSumTolerance() * Math.max(1, Math.abs(target))) {
            problems.add(Rules.planSumMismatch(file, line.source().sheet(), line.source().cell("annualTarget"),
                    line.indicator().name(), sum, target));
        }
    }

    /** The month's result against the line's own earlier months: a z-score far out is worth a look. */
    private static void outlier(String file, IndicatorLine line, int month, RuleSettings rules, List<Problem> problems) {
        Double value = line.result().get(month);
        if (value == null) {
            return;
        }
        List<Double> others = new ArrayList<>();
        for (int m = 1; m < month; m++) {
            if (line.result().get(m) != null) {
                others.add(line.result().get(m));
            }
        }
        if (others.size() < 4) {
            return;
        }
        double mean = others.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sd = Math.sqrt(others.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (others.size() - 1));
        // Steady months have no spread: a floor keeps 2 after seven 1s from being "twenty deviations".
        double spread = Math.max(sd, Math.max(Math.abs(mean) * 0.1, 1.0));
        if (Math.abs(value - mean) / spread > rules.outlierZScore()) {
            problems.add(Rules.outlier(file, line.source().sheet(), line.source().cell(Provenance.monthField("result", month)),
                    line.indicator().name(), value, mean));
        }
    }
}
