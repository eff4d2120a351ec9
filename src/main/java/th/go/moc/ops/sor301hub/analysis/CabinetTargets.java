package th.go.moc.ops.sor301hub.analysis;

import java.util.List;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;

/**
 * The Cabinet's disbursement targets: the share of the allocation to be paid out by the end of each
 * quarter (Q1 = ต.ค.–ธ.ค. …). A setting, since the Cabinet sets them anew each year.
 */
public record CabinetTargets(List<Double> quarterEndPercents) {

    public CabinetTargets {
        if (quarterEndPercents.size() != 4) {
            throw new IllegalArgumentException("four quarterly targets expected, got " + quarterEndPercents);
        }
    }

    /** The target for the end of the quarter the month falls in. */
    public double forQuarterOf(FiscalPeriod period) {
        return quarterEndPercents.get((period.fiscalMonth() - 1) / 3);
    }

    public int quarter(FiscalPeriod period) {
        return (period.fiscalMonth() - 1) / 3 + 1;
    }
}
