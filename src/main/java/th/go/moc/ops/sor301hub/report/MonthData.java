package th.go.moc.ops.sor301hub.report;

import java.util.List;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/**
 * What a month's outputs are made of: the submission that counts for each unit that has one, and the
 * names of the units expected that have none.
 */
public record MonthData(FiscalPeriod period, List<UnitMonth> units, List<String> notReported) {

    public MonthData(FiscalPeriod period, List<UnitMonth> units) {
        this(period, units, List.of());
    }
}
