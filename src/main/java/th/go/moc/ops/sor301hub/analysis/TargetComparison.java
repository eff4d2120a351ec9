package th.go.moc.ops.sor301hub.analysis;

import th.go.moc.ops.sor301hub.sor301.Cumulation;
import th.go.moc.ops.sor301hub.sor301.Direction;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * Classifies a line as above, on or below target. The manual does not say whether "target" means the
 * cumulative plan or the annual target, so the basis is a setting and the report prints the rule it
 * used. A result within the tolerance (a fraction of what was expected) is on target; a lower-is-better
 * indicator is above target when its result is lower.
 */
public final class TargetComparison {

    /** What the cumulative result is compared with. */
    public enum Basis {
        /** The plan summed from ต.ค. to the reporting month (the month's plan for rates and levels). */
        CUMULATIVE_PLAN,
        /** The annual target times the share of the year gone by (the annual target for rates and levels). */
        ANNUAL_PRO_RATA
    }

    private final Basis basis;
    private final double tolerance;

    public TargetComparison(Basis basis, double tolerance) {
        this.basis = basis;
        this.tolerance = tolerance;
    }

    public Assessment assess(IndicatorLine line, FiscalPeriod period) {
        int month = period.fiscalMonth();
        double result = line.cumulativeResult(month);
        double expected = expected(line, month);
        Double annual = line.annualTarget();
        Double percentOfExpected = expected == 0 ? null : 100 * result / expected;
        Double percentOfAnnual = annual == null || annual == 0 ? null : 100 * result / annual;
        return new Assessment(line, result, expected, percentOfExpected, percentOfAnnual, standing(line, result, expected));
    }

    /**
     * Judges figures already added up across units: what was expected is the sum of what each unit was
     * expected to reach (by this comparison's own basis), not derived again.
     */
    Assessment assessCumulative(IndicatorLine line, double expected, FiscalPeriod period) {
        double result = line.cumulativeResult(period.fiscalMonth());
        Double annual = line.annualTarget();
        return new Assessment(line, result, expected, expected == 0 ? null : 100 * result / expected,
                annual == null || annual == 0 ? null : 100 * result / annual, standing(line, result, expected));
    }

    private double expected(IndicatorLine line, int month) {
        if (basis == Basis.CUMULATIVE_PLAN || line.annualTarget() == null) {
            return line.cumulativePlan(month);
        }
        return line.indicator().cumulation() == Cumulation.LATEST ? line.annualTarget() : line.annualTarget() * month / 12.0;
    }

    private Standing standing(IndicatorLine line, double result, double expected) {
        boolean lowerIsBetter = line.indicator().direction() == Direction.LOWER_IS_BETTER;
        double band = Math.abs(expected) * tolerance + 1e-9;
        if (Math.abs(result - expected) <= band) {
            return Standing.ON;
        }
        boolean more = result > expected;
        return more != lowerIsBetter ? Standing.ABOVE : Standing.BELOW;
    }

    /** The rule as the report prints it, Thai then English. */
    public String ruleThai(FiscalPeriod period) {
        String against = basis == Basis.CUMULATIVE_PLAN
                ? "แผนสะสม " + period.cumulativeSpanThai()
                : "ค่าเป้าหมายทั้งปีตามสัดส่วนเวลา (" + ThaiText.thaiDigits(Integer.toString(period.fiscalMonth())) + "/๑๒)";
        return "เกณฑ์: เปรียบเทียบผลสะสมกับ" + against + " ผลต่างไม่เกินร้อยละ "
                + ThaiText.thaiDigits(percent()) + " ถือว่าเป็นไปตามค่าเป้าหมาย ตัวชี้วัดค่าน้อยดีถือว่าผลต่ำกว่าเป็นผลดีกว่า";
    }

    public String ruleEnglish(FiscalPeriod period) {
        String against = basis == Basis.CUMULATIVE_PLAN
                ? "the cumulative plan from October to " + period.englishLabel()
                : "the annual target pro rata (" + period.fiscalMonth() + "/12)";
        return "Rule: the cumulative result is compared with " + against + "; within " + percent()
                + "% counts as on target; for lower-is-better indicators a lower result is better.";
    }

    private String percent() {
        double p = tolerance * 100;
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }
}
