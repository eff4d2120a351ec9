package th.go.moc.ops.sor301hub.sor301;

/**
 * One normalised SOR-301 line: one unit's indicator with its target, plan and results for the year
 * so far. For a line reported month by month, cumulative figures are derived from the months, never
 * trusted from the workbook; a cumulative the workbook states is kept so that it can be checked. A
 * line reported only as a cumulative ({@link Reporting#CUMULATIVE}) has no months: its stated
 * cumulative figures are all there is.
 */
public record IndicatorLine(
        IndicatorLevel level,
        Hierarchy hierarchy,
        Indicator indicator,
        Reporting reporting,
        Double annualTarget,
        MonthlySeries plan,
        MonthlySeries result,
        Double statedCumulative,
        Double statedCumulativePlan,
        Narrative narrative,
        Provenance source) {

    /** What the line is grouped under in the reports: its service target, or for any other level its output/project. */
    public String group() {
        return level.isServiceTarget() ? hierarchy.serviceTarget() : hierarchy.outputProject();
    }

    /** The plan from ต.ค. to the month: a sum for counts, the month's own plan for rates and levels. */
    public double cumulativePlan(int fiscalMonth) {
        if (reporting == Reporting.CUMULATIVE) {
            return statedCumulativePlan == null ? 0 : statedCumulativePlan;
        }
        return indicator.cumulation().apply(plan, fiscalMonth);
    }

    public double cumulativeResult(int fiscalMonth) {
        if (reporting == Reporting.CUMULATIVE) {
            return statedCumulative == null ? 0 : statedCumulative;
        }
        return indicator.cumulation().apply(result, fiscalMonth);
    }
}
