package th.go.moc.ops.sor301hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.samples.SampleMonth;
import th.go.moc.ops.sor301hub.sor301.Cumulation;
import th.go.moc.ops.sor301hub.sor301.Direction;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLevel;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.validation.Problem;

class SubmissionReaderTest {

    private final SubmissionReader reader = Fixtures.reader();

    private CheckedSubmission read(String unitId) {
        Path file = Fixtures.sample(unitId);
        return reader.read(file, file.getFileName().toString(), unitId);
    }

    @Test
    void readsACentralUnitsWorkbookIntoLinesWithTheirSourceCells() {
        CheckedSubmission s = read("sts");

        assertThat(s.problems()).isEmpty();
        assertThat(s.accepted()).isTrue();
        assertThat(s.layoutId()).isEqualTo("template-v1");
        assertThat(s.unit().id()).isEqualTo("sts");
        assertThat(s.period()).isEqualTo(new FiscalPeriod(2569, 8));
        assertThat(s.lines()).hasSize(3);

        IndicatorLine target = s.lines().get(0);
        assertThat(target.level()).isEqualTo(IndicatorLevel.AGENCY_TARGET);
        assertThat(target.hierarchy().outputProject()).isNull();
        assertThat(target.indicator().cumulation()).isEqualTo(Cumulation.LATEST);

        IndicatorLine systems = s.lines().get(2);
        assertThat(systems.indicator().code()).isEqualTo("STS-02");
        assertThat(systems.indicator().name()).isEqualTo("จำนวนระบบสารสนเทศที่ได้รับการพัฒนา");
        assertThat(systems.level()).isEqualTo(IndicatorLevel.ACTIVITY);
        // Merged over two rows in the workbook: the lower row still carries the names.
        assertThat(systems.hierarchy().activity()).isEqualTo("กิจกรรม: พัฒนาระบบเทคโนโลยีสารสนเทศ");
        assertThat(systems.hierarchy().outputProject()).startsWith("ผลผลิต:");
        assertThat(systems.annualTarget()).isEqualTo(4.0);
        assertThat(systems.indicator().cumulation()).isEqualTo(Cumulation.SUM);
        // Row 9 of the sheet (three lines from row 7); annual target in K, พ.ค. result in column AA.
        assertThat(systems.source().sheet()).isEqualTo("ผลการดำเนินงาน");
        assertThat(systems.source().cell("annualTarget")).isEqualTo("K9");
        assertThat(systems.source().cell("result.8")).isEqualTo("AA9");
        assertThat(systems.source().cell("plan.1")).isEqualTo("L9");
        assertThat(systems.cumulativeResult(8)).isEqualTo(systems.statedCumulative());

        assertThat(s.budget()).hasSize(2);
        assertThat(s.budget().get(1).category().thai()).isEqualTo("งบลงทุน");
        assertThat(s.budget().get(1).allocation()).isEqualTo(1_200_000.0);
    }

    @Test
    void readsAProvincialOfficeWithLowerIsBetterAndMinistryIndicators() {
        CheckedSubmission s = read("pco-chiangmai");

        assertThat(s.accepted()).isTrue();
        assertThat(s.unit().name()).isEqualTo("สำนักงานพาณิชย์จังหวัดเชียงใหม่");
        assertThat(s.lines()).extracting(l -> l.level()).containsExactly(IndicatorLevel.MINISTRY_TARGET,
                IndicatorLevel.AGENCY_TARGET, IndicatorLevel.ACTIVITY, IndicatorLevel.ACTIVITY, IndicatorLevel.ACTIVITY,
                IndicatorLevel.ACTIVITY, IndicatorLevel.OUTPUT_PROJECT);
        IndicatorLine days = s.lines().get(5);
        assertThat(days.indicator().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(days.hierarchy().activity()).isEqualTo("กิจกรรม: กำกับดูแลราคาสินค้าและบริการ");
        IndicatorLine project = s.lines().get(6);
        assertThat(project.hierarchy().outputProject()).isEqualTo("โครงการยกระดับสินค้าเกษตรและชุมชนสู่ตลาดออนไลน์");
        assertThat(project.hierarchy().activity()).isNull();
    }

    @Test
    void readsTheLegacyXlsWorkbookLikeAnXlsx() {
        CheckedSubmission s = read(SampleMonth.LEGACY_XLS_UNIT);

        assertThat(s.format()).isEqualTo("xls");
        assertThat(s.accepted()).isTrue();
        assertThat(s.lines()).hasSize(7);
        assertThat(s.budget()).hasSize(2);
    }

    @Test
    void rejectsAMissingResultNamingTheCell() {
        CheckedSubmission s = read(SampleMonth.MISSING_RESULT_UNIT);

        assertThat(s.accepted()).isFalse();
        assertThat(s.errors()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("RESULT_MISSING");
            assertThat(p.sheet()).isEqualTo("ผลการดำเนินงาน");
            assertThat(p.cell()).isEqualTo("AA10");
            assertThat(p.message().th()).contains("จำนวนครั้งการจัดงานแสดงและจำหน่ายสินค้า").contains("พ.ค.");
            assertThat(p.message().en()).contains("has no result");
        });
    }

    @Test
    void rejectsTextInANumberCellQuotingIt() {
        CheckedSubmission s = read(SampleMonth.TEXT_IN_NUMBER_UNIT);

        assertThat(s.accepted()).isFalse();
        // One message for the cell: not also "missing", nor a cumulative that its months do not give.
        assertThat(s.errors()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("NOT_A_NUMBER");
            assertThat(p.cell()).isEqualTo("AA9");
            assertThat(p.found()).isEqualTo("ประมาณ 12");
            assertThat(p.message().th()).isEqualTo("ช่องผลเดือน พ.ค. ต้องเป็นตัวเลข แต่พบ \"ประมาณ 12\"");
            assertThat(p.message().en()).isEqualTo("The result for May must be a number, but the cell holds \"ประมาณ 12\".");
        });
    }

    @Test
    void rejectsACumulativeThatFalls() {
        CheckedSubmission s = read(SampleMonth.FALLING_CUMULATIVE_UNIT);

        assertThat(s.accepted()).isFalse();
        assertThat(s.errors()).extracting(Problem::rule, Problem::cell).containsExactly(
                org.assertj.core.groups.Tuple.tuple("NEGATIVE_RESULT", "Y8"));
    }
}
