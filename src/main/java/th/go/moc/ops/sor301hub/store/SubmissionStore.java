package th.go.moc.ops.sor301hub.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.Cumulation;
import th.go.moc.ops.sor301hub.sor301.Direction;
import th.go.moc.ops.sor301hub.sor301.ExpenseCategory;
import th.go.moc.ops.sor301hub.sor301.FieldColumns;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.Hierarchy;
import th.go.moc.ops.sor301hub.sor301.Indicator;
import th.go.moc.ops.sor301hub.sor301.IndicatorLevel;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.MonthlySeries;
import th.go.moc.ops.sor301hub.sor301.Narrative;
import th.go.moc.ops.sor301hub.sor301.Provenance;
import th.go.moc.ops.sor301hub.sor301.Reporting;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;
import th.go.moc.ops.sor301hub.validation.Problem;

/** Submissions, their versions, lines and problems, and the audit trail. The only class that speaks SQL. */
@Repository
public class SubmissionStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    /**
     * The lines of the submissions that count, by month and submission, for the last few months worked
     * on: a stored submission never changes, so they are kept as the intake saves them, and a month's
     * outputs are rebuilt without reading its lines back from the database.
     */
    private final Map<String, Map<Long, Contents>> counting = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<Long, Contents>> eldest) {
                    return size() > MONTHS_KEPT;
                }
            });
    private static final int MONTHS_KEPT = 3;

    private record Contents(List<IndicatorLine> lines, List<BudgetLine> budget) {
    }

    public SubmissionStore(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batches = jdbc;
    }

    /** Whether a submission's original is kept at this path (relative to the share). */
    public boolean isKept(String storedPath) {
        return jdbc.sql("select count(*) from submission where stored_path = ?").param(storedPath).query(Long.class)
                .single() > 0;
    }

    public Optional<StoredSubmission> findBySha256(String sha256) {
        return jdbc.sql("select * from submission where sha256 = ?").param(sha256).query(SubmissionStore::submission)
                .optional();
    }

    /**
     * Records a checked file: its version for the unit and month, and, when accepted, makes it the one
     * that counts (the previous accepted version becomes superseded). Lines, budget and problems are
     * stored with it, and every step goes to the audit trail.
     */
    @Transactional
    public StoredSubmission save(CheckedSubmission s, String folder, String storedPath, String feedbackPath,
                                 Instant receivedAt) {
        FiscalPeriod period = s.period();
        String unitId = s.unit() == null ? null : s.unit().id();
        Integer version = null;
        if (unitId != null && period != null) {
            version = jdbc.sql("select coalesce(max(version), 0) + 1 from submission"
                            + " where unit_id = ? and fiscal_year = ? and fiscal_month = ?")
                    .params(unitId, period.fiscalYearBe(), period.fiscalMonth()).query(Integer.class).single();
        }
        SubmissionStatus status = s.accepted() ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED;
        String periodKey = period == null ? null : period.key();
        audit(receivedAt, "ARRIVED", null, unitId, periodKey, s.fileName(), folder == null ? null : "folder " + folder);
        if (status == SubmissionStatus.ACCEPTED) {
            List<Long> previous = jdbc.sql("select id from submission where unit_id = ? and fiscal_year = ?"
                            + " and fiscal_month = ? and status = 'ACCEPTED'")
                    .params(unitId, period.fiscalYearBe(), period.fiscalMonth()).query(Long.class).list();
            for (Long id : previous) {
                jdbc.sql("update submission set status = 'SUPERSEDED' where id = ?").param(id).update();
                audit(receivedAt, "SUPERSEDED", id, unitId, periodKey, s.fileName(), "by version " + version);
            }
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into submission (received_at, file_name, folder, sha256, format, layout_id, layout_score, unit_id,
                  fiscal_year, fiscal_month, version, status, stored_path, feedback_path, line_count, error_count,
                  warning_count, line_columns, budget_columns)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(timestamp(receivedAt), fit(s.fileName(), 500), fit(folder, 200), s.sha256(), s.format(),
                        s.layoutId(), s.layoutScore(),
                        unitId, period == null ? null : period.fiscalYearBe(), period == null ? null : period.fiscalMonth(),
                        version, status.name(), storedPath, feedbackPath, s.lines().size(), s.errors().size(),
                        s.warnings().size(), columns(s.lines().stream().map(IndicatorLine::source).toList()),
                        columns(s.budget().stream().map(BudgetLine::source).toList()))
                .update(key, "id");
        long id = key.getKey().longValue();
        if (status == SubmissionStatus.ACCEPTED) {
            counting.computeIfAbsent(periodKey, k -> new ConcurrentHashMap<>()).put(id, new Contents(s.lines(), s.budget()));
        }
        insertLines(id, s.lines());
        insertBudget(id, s.budget());
        insertProblems(id, s.problems());
        // What is owed for it, in the same transaction: a crash after this commits loses no answer.
        WorkQueue.add(jdbc, WorkQueue.FEEDBACK, id, periodKey, receivedAt);
        if (status == SubmissionStatus.ACCEPTED) {
            WorkQueue.add(jdbc, WorkQueue.OUTPUTS, id, periodKey, receivedAt);
        }
        audit(receivedAt, status.name(), id, unitId, periodKey, s.fileName(),
                (status == SubmissionStatus.ACCEPTED ? "version " + version + ", " + s.lines().size() + " lines"
                        : s.errors().size() + " errors")
                        + (s.layoutId() == null ? "" : ", layout " + s.layoutId() + " (%.0f%% of its fields)"
                        .formatted(100 * s.layoutScore())));
        return jdbc.sql("select * from submission where id = ?").param(id).query(SubmissionStore::submission).single();
    }

    private static final String INSERT_LINE = """
            insert into indicator_line (submission_id, seq, level, programme, service_target, output_project,
              activity, indicator_code, indicator_name, kind, unit_of_count, direction, cumulation, reporting,
              annual_target, plan, result, stated_cumulative, stated_cumulative_plan, narrative_result,
              narrative_problems, narrative_remedies, narrative_public, sheet, row_number, cells)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Rows sent to the database at once: few round trips, and never a whole huge sheet's rows in memory. */
    private static final int BATCH = 1000;

    /** The lines in batches, their months in arrays on the same rows. */
    private void insertLines(long submissionId, List<IndicatorLine> lines) {
        List<Object[]> rows = new ArrayList<>(Math.min(lines.size(), BATCH));
        for (int i = 0; i < lines.size(); i++) {
            IndicatorLine l = lines.get(i);
            Hierarchy h = l.hierarchy();
            Indicator ind = l.indicator();
            // Texts are clipped to their columns: only a rejected file can hold longer ones (TextLimits), and its
            // lines are kept for the record, not counted.
            rows.add(new Object[] {submissionId, i, l.level().name(), fit(h.programme(), NAME), fit(h.serviceTarget(), NAME),
                fit(h.outputProject(), NAME), fit(h.activity(), NAME), fit(ind.code(), SHORT), fit(ind.name(), NAME),
                fit(ind.kind(), SHORT), fit(ind.unitOfCount(), SHORT), ind.direction().name(),
                ind.cumulation().name(), l.reporting().name(), l.annualTarget(), l.plan().toArray(), l.result().toArray(),
                l.statedCumulative(), l.statedCumulativePlan(), l.narrative().result(), l.narrative().problems(),
                l.narrative().remedies(), l.narrative().publishable(), l.source().sheet(), rowNumber(l.source()),
                l.source().elsewhereText()});
            if (rows.size() == BATCH || i == lines.size() - 1) {
                batches.batchUpdate(INSERT_LINE, rows);
                rows.clear();
            }
        }
    }

    private void insertBudget(long submissionId, List<BudgetLine> lines) {
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine b = lines.get(i);
            rows.add(new Object[] {submissionId, i, fit(b.outputProject(), NAME), b.category().name(), b.allocation(),
                b.plan().toArray(), b.disbursed().toArray(), b.committed(), b.source().sheet(), rowNumber(b.source()),
                b.source().elsewhereText()});
        }
        batches.batchUpdate("""
                insert into budget_line (submission_id, seq, output_project, category, allocation, plan, disbursed,
                  committed, sheet, row_number, cells)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** One-based, as people count rows; null for a line whose cells are all named. */
    private static Integer rowNumber(Provenance source) {
        return source.row() < 0 ? null : source.row() + 1;
    }

    /** The columns of the table the lines came from, kept once for all of them. */
    private static String columns(List<Provenance> sources) {
        return sources.stream().filter(p -> p.row() >= 0).findFirst().map(p -> p.columns().text()).orElse(null);
    }

    private void insertProblems(long submissionId, List<Problem> problems) {
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (Problem p : problems) {
            rows.add(new Object[] {submissionId, seq++, p.sheet(), p.cell(), p.rule(), p.severity().name(),
                clip(p.message().th()), clip(p.message().en()), clip(p.found()), clip(p.expected())});
        }
        batches.batchUpdate("""
                insert into problem (submission_id, seq, sheet, cell, rule, severity, message_th, message_en, found, expected)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The feedback went elsewhere than planned (the summary alone, when the marked workbook could not be written). */
    /** A submission's feedback workbook, written (no feedback owed for it): where it is, relative to the share. */
    public record Answered(long submissionId, String periodKey, String feedbackPath) {
    }

    /** Every submission whose feedback has been written, newest first. */
    public List<Answered> answered() {
        return jdbc.sql("""
                select s.id, s.fiscal_year, s.fiscal_month, s.feedback_path from submission s
                where s.feedback_path is not null and not exists (select 1 from work_item w
                  where w.submission_id = s.id and w.kind = 'FEEDBACK' and w.done_at is null)
                order by s.id desc""")
                .query((rs, n) -> {
                    int year = rs.getInt(2);
                    String period = rs.wasNull() ? null : new FiscalPeriod(year, rs.getInt(3)).key();
                    return new Answered(rs.getLong(1), period, rs.getString(4));
                }).list();
    }

    public void feedbackWrittenAt(long submissionId, String feedbackPath) {
        jdbc.sql("update submission set feedback_path = ? where id = ?").params(feedbackPath, submissionId).update();
    }

    public void audit(Instant at, String event, Long submissionId, String unitId, String periodKey, String fileName,
                      String detail) {
        jdbc.sql("insert into audit_event (at, event, submission_id, unit_id, period_key, file_name, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(timestamp(at), event, submissionId, unitId, periodKey, fit(fileName, 500), clip(detail)).update();
    }

    /** Every file received for a month, newest first. */
    public List<StoredSubmission> forPeriod(FiscalPeriod period) {
        return jdbc.sql("select * from submission where fiscal_year = ? and fiscal_month = ? order by received_at desc, id desc")
                .params(period.fiscalYearBe(), period.fiscalMonth()).query(SubmissionStore::submission).list();
    }

    /** Files whose month could not be told, newest first. */
    public List<StoredSubmission> withoutPeriod() {
        return jdbc.sql("select * from submission where fiscal_year is null order by received_at desc, id desc")
                .query(SubmissionStore::submission).list();
    }

    /** The months that have any submission, newest first. */
    public List<FiscalPeriod> periods() {
        return jdbc.sql("select distinct fiscal_year, fiscal_month from submission where fiscal_year is not null"
                        + " order by fiscal_year desc, fiscal_month desc")
                .query((rs, n) -> new FiscalPeriod(rs.getInt(1), rs.getInt(2))).list();
    }

    public List<Problem> problems(long submissionId, String fileName) {
        return jdbc.sql("select * from problem where submission_id = ? order by seq").param(submissionId)
                .query((rs, n) -> new Problem(fileName, rs.getString("sheet"), rs.getString("cell"), rs.getString("rule"),
                        th.go.moc.ops.sor301hub.validation.Severity.valueOf(rs.getString("severity")),
                        new th.go.moc.ops.sor301hub.sor301.Bilingual(rs.getString("message_th"), rs.getString("message_en")),
                        rs.getString("found"), rs.getString("expected")))
                .list();
    }

    /** The submissions that count for a month, one per unit, with their lines. */
    public List<UnitMonth> accepted(FiscalPeriod period, java.util.function.Function<String, String> unitName) {
        List<StoredSubmission> current = jdbc.sql("select * from submission where fiscal_year = ? and fiscal_month = ?"
                        + " and status = 'ACCEPTED' order by unit_id")
                .params(period.fiscalYearBe(), period.fiscalMonth()).query(SubmissionStore::submission).list();
        List<UnitMonth> out = new ArrayList<>();
        Map<Long, Contents> cached = counting.computeIfAbsent(period.key(), k -> new ConcurrentHashMap<>());
        cached.keySet().retainAll(current.stream().map(StoredSubmission::id).toList());
        for (StoredSubmission s : current) {
            Contents c = cached.computeIfAbsent(s.id(), id -> new Contents(lines(id), budget(id)));
            out.add(new UnitMonth(s.unitId(), unitName.apply(s.unitId()), s.version(), s.receivedAt(), s.fileName(),
                    s.sha256(), c.lines(), c.budget()));
        }
        return out;
    }

    /** The newest file received for a unit's month, whatever became of it. */
    public Optional<StoredSubmission> latest(String unitId, FiscalPeriod period) {
        return jdbc.sql("select * from submission where unit_id = ? and fiscal_year = ? and fiscal_month = ?"
                        + " order by version desc limit 1")
                .params(unitId, period.fiscalYearBe(), period.fiscalMonth()).query(SubmissionStore::submission).optional();
    }

    /** Every file received for a unit's month, newest first. */
    public List<StoredSubmission> versions(String unitId, FiscalPeriod period) {
        return jdbc.sql("select * from submission where unit_id = ? and fiscal_year = ? and fiscal_month = ?"
                        + " order by version desc")
                .params(unitId, period.fiscalYearBe(), period.fiscalMonth()).query(SubmissionStore::submission).list();
    }

    public Optional<StoredSubmission> byId(long id) {
        return jdbc.sql("select * from submission where id = ?").param(id).query(SubmissionStore::submission).optional();
    }

    public List<IndicatorLine> lines(long submissionId) {
        FieldColumns columns = FieldColumns.parse(jdbc.sql("select line_columns from submission where id = ?")
                .param(submissionId).query(String.class).optional().orElse(null));
        return jdbc.sql("select * from indicator_line where submission_id = ? order by seq").param(submissionId)
                .query((rs, n) -> new IndicatorLine(IndicatorLevel.valueOf(rs.getString("level")),
                        new Hierarchy(rs.getString("programme"), rs.getString("service_target"),
                                rs.getString("output_project"), rs.getString("activity")),
                        new Indicator(rs.getString("indicator_code"), rs.getString("indicator_name"),
                                rs.getString("kind"), rs.getString("unit_of_count"),
                                Direction.valueOf(rs.getString("direction")), Cumulation.valueOf(rs.getString("cumulation"))),
                        Reporting.valueOf(rs.getString("reporting")),
                        nullable(rs, "annual_target"), series(rs, "plan"), series(rs, "result"),
                        nullable(rs, "stated_cumulative"), nullable(rs, "stated_cumulative_plan"),
                        new Narrative(rs.getString("narrative_result"), rs.getString("narrative_problems"),
                                rs.getString("narrative_remedies"), rs.getBoolean("narrative_public")),
                        provenance(rs, columns)))
                .list();
    }

    public List<BudgetLine> budget(long submissionId) {
        FieldColumns columns = FieldColumns.parse(jdbc.sql("select budget_columns from submission where id = ?")
                .param(submissionId).query(String.class).optional().orElse(null));
        return jdbc.sql("select * from budget_line where submission_id = ? order by seq").param(submissionId)
                .query((rs, n) -> new BudgetLine(rs.getString("output_project"),
                        ExpenseCategory.valueOf(rs.getString("category")), nullable(rs, "allocation"), series(rs, "plan"),
                        series(rs, "disbursed"), nullable(rs, "committed"), provenance(rs, columns)))
                .list();
    }

    private static Provenance provenance(ResultSet rs, FieldColumns columns) throws SQLException {
        int row = rs.getInt("row_number");
        return Provenance.parse(rs.getString("sheet"), rs.wasNull() ? -1 : row - 1, columns, rs.getString("cells"));
    }

    private static MonthlySeries series(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        Double[] values = new Double[12];
        if (array != null) {
            Object[] stored = (Object[]) array.getArray();
            for (int i = 0; i < Math.min(12, stored.length); i++) {
                values[i] = stored[i] == null ? null : ((Number) stored[i]).doubleValue();
            }
        }
        return MonthlySeries.of(values);
    }

    private static StoredSubmission submission(ResultSet rs, int rowNum) throws SQLException {
        int year = rs.getInt("fiscal_year");
        FiscalPeriod period = rs.wasNull() ? null : new FiscalPeriod(year, rs.getInt("fiscal_month"));
        int version = rs.getInt("version");
        Integer v = rs.wasNull() ? null : version;
        return new StoredSubmission(rs.getLong("id"), rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getString("file_name"), rs.getString("sha256"), rs.getString("unit_id"), period, v,
                SubmissionStatus.valueOf(rs.getString("status")), rs.getString("stored_path"),
                rs.getString("feedback_path"), rs.getString("layout_id"),
                rs.getInt("line_count"), rs.getInt("error_count"), rs.getInt("warning_count"), rs.getString("folder"),
                rs.getString("format"), rs.getDouble("layout_score"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static final int NAME = th.go.moc.ops.sor301hub.validation.TextLimits.NAME;
    private static final int SHORT = th.go.moc.ops.sor301hub.validation.TextLimits.SHORT;

    private static String fit(String s, int limit) {
        return s == null || s.length() <= limit ? s : s.substring(0, limit);
    }

    private static String clip(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }
}
