package th.go.moc.ops.sor301hub.analysis;

/**
 * Spending to the reporting month, for a unit or for all: allocation, planned and disbursed so far,
 * committed; disbursement as a share of the allocation and of the plan; the Cabinet's target for the
 * end of the current quarter; and the cumulative disbursement rate month by month (ต.ค. first).
 */
public record BudgetStanding(String unitId, String unitName, double allocation, double plannedToDate,
                             double disbursedToDate, double committed, double cabinetTargetPercent,
                             double[] disbursedPercentByMonth) {

    /** Disbursed as a percentage of the allocation. */
    public double disbursedPercent() {
        return allocation == 0 ? 0 : 100 * disbursedToDate / allocation;
    }

    /** Disbursed plus committed as a percentage of the allocation. */
    public double obligatedPercent() {
        return allocation == 0 ? 0 : 100 * (disbursedToDate + committed) / allocation;
    }

    /** Disbursed as a percentage of the plan to date. */
    public double percentOfPlan() {
        return plannedToDate == 0 ? 0 : 100 * disbursedToDate / plannedToDate;
    }

    public boolean meetsCabinetTarget() {
        return disbursedPercent() + 1e-9 >= cabinetTargetPercent;
    }
}
