package th.go.moc.ops.sor301hub.store;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The work the service owes, kept in the database beside the submissions it is for (the outbox): the units'
 * feedback and the months' outputs. Items are added in the submission's own transaction
 * ({@link SubmissionStore#save}) and marked done when finished, so a crash or restart loses none.
 */
@Repository
public class WorkQueue {

    public static final String FEEDBACK = "FEEDBACK";
    public static final String OUTPUTS = "OUTPUTS";

    private final JdbcClient jdbc;

    public WorkQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A feedback workbook still to write. */
    public record FeedbackItem(long id, long submissionId, Instant createdAt, int attempts) {
    }

    /**
     * A month whose outputs are asked for: its newest request (a build covers every request up to it) and
     * since when the oldest has waited.
     */
    public record MonthRequest(String periodKey, long upToId, Instant oldest, int attempts, Instant triedAt) {
    }

    /** Adds an item on the caller's connection, inside its transaction. */
    static void add(JdbcClient jdbc, String kind, Long submissionId, String periodKey, Instant now) {
        jdbc.sql("insert into work_item (kind, submission_id, period_key, created_at) values (?, ?, ?, ?)")
                .params(kind, submissionId, periodKey, at(now)).update();
    }

    /** Asks again for work done before whose result was lost (a feedback workbook, a month's outputs). */
    public void askAgain(String kind, long submissionId, String periodKey, Instant now) {
        add(jdbc, kind, submissionId, periodKey, now);
    }

    /** Feedback still owed, oldest first, leaving out items that failed a moment ago (tried again later). */
    public List<FeedbackItem> openFeedback(Instant now, Duration retryAfter) {
        return jdbc.sql("""
                        select id, submission_id, created_at, attempts from work_item
                        where kind = 'FEEDBACK' and done_at is null and (tried_at is null or tried_at < ?)
                        order by id""")
                .param(at(now.minus(retryAfter)))
                .query((rs, n) -> new FeedbackItem(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getInt(4)))
                .list();
    }

    public List<MonthRequest> openMonths() {
        return jdbc.sql("""
                        select period_key, max(id), min(created_at), max(attempts), max(tried_at) from work_item
                        where kind = 'OUTPUTS' and done_at is null group by period_key order by min(id)""")
                .query((rs, n) -> {
                    OffsetDateTime tried = rs.getObject(5, OffsetDateTime.class);
                    return new MonthRequest(rs.getString(1), rs.getLong(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getInt(4),
                            tried == null ? null : tried.toInstant());
                })
                .list();
    }

    public boolean anyOpen(String kind) {
        return open(kind) > 0;
    }

    /** How many items of a kind are still owed (the metrics' queue depth). */
    public long open(String kind) {
        return jdbc.sql("select count(*) from work_item where kind = ? and done_at is null").param(kind)
                .query(Long.class).single();
    }

    public void done(long id, Instant now) {
        jdbc.sql("update work_item set done_at = ? where id = ?").params(at(now), id).update();
    }

    /** A month was built from the store as it stood when the build began: every request up to then is done. */
    public void monthDone(String periodKey, long upToId, Instant now) {
        jdbc.sql("update work_item set done_at = ? where kind = 'OUTPUTS' and period_key = ? and id <= ?"
                        + " and done_at is null")
                .params(at(now), periodKey, upToId).update();
    }

    public void failed(long id, String error, Instant now) {
        jdbc.sql("update work_item set attempts = attempts + 1, tried_at = ?, last_error = ? where id = ?")
                .params(at(now), clip(error), id).update();
    }

    public void monthFailed(String periodKey, long upToId, String error, Instant now) {
        jdbc.sql("update work_item set attempts = attempts + 1, tried_at = ?, last_error = ?"
                        + " where kind = 'OUTPUTS' and period_key = ? and id <= ? and done_at is null")
                .params(at(now), clip(error), periodKey, upToId).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }
}
