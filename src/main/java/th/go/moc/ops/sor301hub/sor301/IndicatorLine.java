package th.go.moc.ops.sor301hub.sor301;

/**
 * One normalised SOR-301 line: one unit's indicator with its target, plan and results for the year
 * so far. Cumulative figures are derived from the months, never trusted from the workbook; a
 * cumulative the workbook states is kept so that it can be checked.
 */
public record IndicatorLine(
        IndicatorLevel level,
        Hierarchy hierarchy,
        Indicator indicator,
        Double annualTarget,
        MonthlySeries plan,
        MonthlySeries result,
        Double statedCumulative,
        Narrative narrative,
        Provenance source) {

    /** The plan from ต.ค. to the month: a sum for counts, the month's own plan for rates and levels. */
    public double cumulativePlan(int fiscalMonth) {
        return indicator.cumulation().apply(plan, fiscalMonth);
    }

    public double cumulativeResult(int fiscalMonth) {
        return indicator.cumulation().apply(result, fiscalMonth);
    }
}
