package th.go.moc.ops.sor301hub.validation;

import java.util.List;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;

/** What earlier submissions say, for the checks across submissions. */
public interface History {

    /** The lines that count for a unit's month (its newest accepted version); empty when there are none. */
    List<IndicatorLine> accepted(String unitId, FiscalPeriod period);

    /** How many other units' accepted lines for the month carry this ministry-level indicator. */
    int otherUnitsReporting(FiscalPeriod period, String indicatorIdentity, String unitId);

    History NONE = new History() {
        @Override
        public List<IndicatorLine> accepted(String unitId, FiscalPeriod period) {
            return List.of();
        }

        @Override
        public int otherUnitsReporting(FiscalPeriod period, String indicatorIdentity, String unitId) {
            return 0;
        }
    };
}
