package th.go.moc.ops.sor301hub.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLevel;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.validation.History;

/** The files of one batch accepted so far, as the history the next file is checked against. */
final class BatchHistory implements History {

    private final Map<String, List<IndicatorLine>> accepted = new LinkedHashMap<>();

    void add(CheckedSubmission s) {
        if (s.accepted()) {
            accepted.put(key(s.unit().id(), s.period()), s.lines());
        }
    }

    @Override
    public List<IndicatorLine> accepted(String unitId, FiscalPeriod period) {
        return accepted.getOrDefault(key(unitId, period), List.of());
    }

    @Override
    public int otherUnitsReporting(FiscalPeriod period, String indicatorIdentity, String unitId) {
        int n = 0;
        for (Map.Entry<String, List<IndicatorLine>> e : accepted.entrySet()) {
            String[] unitAndPeriod = e.getKey().split("\\|");
            if (!unitAndPeriod[0].equals(unitId) && unitAndPeriod[1].equals(period.key())
                    && e.getValue().stream().anyMatch(l -> l.level() == IndicatorLevel.MINISTRY_TARGET
                    && l.indicator().identity().equals(indicatorIdentity))) {
                n++;
            }
        }
        return n;
    }

    private static String key(String unitId, FiscalPeriod period) {
        return unitId + "|" + period.key();
    }
}
