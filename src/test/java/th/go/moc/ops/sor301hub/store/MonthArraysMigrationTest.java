package th.go.moc.ops.sor301hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;

/** Lines stored before months became arrays keep their figures and cells through the migration. */
class MonthArraysMigrationTest {

    @Test
    void linesStoredWithMonthRowsReadTheSameAfterTheMigration() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:migration" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).target("4").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.update("""
                insert into submission (id, received_at, file_name, sha256, unit_id, fiscal_year, fiscal_month, version,
                  status, stored_path, line_count, error_count, warning_count)
                values (1, timestamp with time zone '2026-06-05 10:00:00+07', 'a.xlsx', repeat('a', 64), 'kyp', 2569, 8, 1,
                  'ACCEPTED', 'archive/a.xlsx', 1, 0, 0)""");
        jdbc.update("""
                insert into indicator_line (id, submission_id, seq, level, indicator_name, direction, cumulation,
                  reporting, annual_target, narrative_result, sheet, cells)
                values (7, 1, 0, 'ACTIVITY', 'จำนวนผู้ประกอบการ', 'HIGHER_IS_BETTER', 'SUM', 'MONTHLY', 120, 'ดำเนินการแล้ว',
                  'ผลการดำเนินงาน', 'annualTarget=K9;result.8=AB9')""");
        jdbc.update("insert into line_month (line_id, fiscal_month, plan, result) values (7, 1, 10, 9), (7, 8, 10, null)");

        Flyway.configure().dataSource(ds).load().migrate();
        List<IndicatorLine> lines = new SubmissionStore(jdbc).lines(1);

        assertThat(lines).hasSize(1);
        IndicatorLine line = lines.get(0);
        assertThat(line.plan().get(1)).isEqualTo(10.0);
        assertThat(line.result().get(1)).isEqualTo(9.0);
        assertThat(line.plan().get(8)).isEqualTo(10.0);
        assertThat(line.result().get(8)).isNull();
        assertThat(line.plan().get(2)).isNull();
        assertThat(line.narrative().result()).isEqualTo("ดำเนินการแล้ว");
        assertThat(line.source().where("result.8")).isEqualTo("ผลการดำเนินงาน!AB9");
        assertThat(line.source().cell("annualTarget")).isEqualTo("K9");
    }
}
