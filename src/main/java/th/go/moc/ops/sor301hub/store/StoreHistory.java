package th.go.moc.ops.sor301hub.store;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.Indicator;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.validation.History;

/** Earlier submissions, as the store holds them, for the checks across submissions. */
@Component
public class StoreHistory implements History {

    private final SubmissionStore store;
    private final JdbcClient jdbc;

    public StoreHistory(SubmissionStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorLine> accepted(String unitId, FiscalPeriod period) {
        return store.versions(unitId, period).stream().filter(s -> s.status() == SubmissionStatus.ACCEPTED).findFirst()
                .map(s -> store.lines(s.id())).orElse(List.of());
    }

    @Override
    public int otherUnitsReporting(FiscalPeriod period, String indicatorIdentity, String unitId) {
        return (int) jdbc.sql("""
                        select s.unit_id, l.indicator_code, l.indicator_name from submission s
                        join indicator_line l on l.submission_id = s.id
                        where s.status = 'ACCEPTED' and s.fiscal_year = ? and s.fiscal_month = ? and s.unit_id <> ?
                          and l.level = 'MINISTRY_TARGET'""")
                .params(period.fiscalYearBe(), period.fiscalMonth(), unitId)
                .query((rs, n) -> new String[] {rs.getString(1),
                    new Indicator(rs.getString(2), rs.getString(3), null, null, null, null).identity()})
                .list().stream().filter(r -> r[1].equals(indicatorIdentity)).map(r -> r[0]).distinct().count();
    }
}
