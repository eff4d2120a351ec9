package th.go.moc.ops.sor301hub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.setup.Components;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.validation.History;

/**
 * Ingests one workbook as the intake does (read, map, check, store in an H2 database on disk, one
 * transaction) and prints what was stored: run in a JVM with a small heap.
 */
public final class IngestProbe {

    private IngestProbe() {
    }

    public static void main(String[] args) throws Exception {
        Components components = Components.load(null, new TargetComparison(TargetComparison.Basis.CUMULATIVE_PLAN, 0),
                Components.DEFAULT_CABINET_TARGETS, Components.DEFAULT_DEADLINE_DAY, Clock.systemDefaultZone());
        Path file = Path.of(args[0]);
        Path db = Files.createTempDirectory("ingest-probe");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + db.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0");
        Flyway.configure().dataSource(ds).load().migrate();
        SubmissionStore store = new SubmissionStore(new JdbcTemplate(ds));
        Instant now = Instant.parse("2026-06-05T03:00:00Z");
        CheckedSubmission s = components.reader().read(file, file.getFileName().toString(), "kyp", now, History.NONE);
        new TransactionTemplate(new DataSourceTransactionManager(ds))
                .executeWithoutResult(status -> store.save(s, "kyp", file.toString(), null, now));
        Integer stored = new JdbcTemplate(ds).queryForObject("select count(*) from indicator_line", Integer.class);
        System.out.println("lines=" + s.lines().size() + " stored=" + stored + " problems=" + s.problems().size());
        org.springframework.util.FileSystemUtils.deleteRecursively(db);
    }
}
