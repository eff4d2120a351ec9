package th.go.moc.ops.sor301hub.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What people did (sign-ins, downloads, account changes), beside what the service did, and the search over both. */
@Repository
public class AuditLog {

    /** Every kind of event written, by the service (intake, outputs) and by people (sign-in, downloads, accounts). */
    public static final List<String> KINDS = List.of("ARRIVED", "ACCEPTED", "REJECTED", "SUPERSEDED", "DUPLICATE",
            "OUTPUTS_BUILT", "LOGIN", "LOGIN_FAILED", "LOGIN_BLOCKED", "LOGOUT", "DOWNLOAD", "ACCOUNT_CREATED",
            "ACCOUNT_CHANGED", "PASSWORD_CHANGED", "PASSWORD_RESET", "LINK_REFUSED", "GIVEN_UP");

    private static final int DETAIL_LIMIT = 4000;

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Instant at, String event, String actor, String unitId, String periodKey, String fileName,
                       String detail) {
        jdbc.sql("insert into audit_event (at, event, actor, unit_id, period_key, file_name, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(at.atOffset(ZoneOffset.UTC), event, clip(actor, 200), unitId, periodKey, clip(fileName, 500),
                        clip(detail, DETAIL_LIMIT))
                .update();
    }

    /** Newest first, one page of {@link AuditQuery#PAGE_SIZE} (plus one, to tell whether there is a next page). */
    public List<AuditEvent> search(AuditQuery q) {
        StringBuilder sql = new StringBuilder("select * from audit_event where 1 = 1");
        List<Object> params = new ArrayList<>();
        where(sql, params, "unit_id", q.unitId());
        where(sql, params, "period_key", q.periodKey());
        where(sql, params, "event", q.event());
        where(sql, params, "actor", q.actor());
        sql.append(" order by at desc, id desc limit ").append(AuditQuery.PAGE_SIZE + 1)
                .append(" offset ").append((long) Math.max(0, q.page()) * AuditQuery.PAGE_SIZE);
        return jdbc.sql(sql.toString()).params(params).query(AuditLog::event).list();
    }

    private static void where(StringBuilder sql, List<Object> params, String column, String value) {
        if (AuditQuery.given(value)) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value.strip());
        }
    }

    private static AuditEvent event(ResultSet rs, int n) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("event"), rs.getString("actor"), rs.getObject("submission_id", Long.class),
                rs.getString("unit_id"), rs.getString("period_key"), rs.getString("file_name"), rs.getString("detail"));
    }

    private static String clip(String s, int limit) {
        return s == null || s.length() <= limit ? s : s.substring(0, limit - 3) + "...";
    }
}
