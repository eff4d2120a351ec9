package th.go.moc.ops.sor301hub.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.samples.GridWorkbook.DateCell;
import th.go.moc.ops.sor301hub.samples.GridWorkbook.Formatted;
import th.go.moc.ops.sor301hub.samples.GridWorkbook.Formula;
import th.go.moc.ops.sor301hub.samples.GridWorkbook;
import th.go.moc.ops.sor301hub.samples.ThreeLineWorkbook;
import th.go.moc.ops.sor301hub.samples.UnitWorkbook;
import th.go.moc.ops.sor301hub.samples.V1Grid;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLevel;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.Reporting;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.Severity;

/** One fixture workbook per way units depart from the template, each asserting the values read. */
class LayoutQuirksTest {

    @TempDir
    Path dir;

    private CheckedSubmission read(Path file) {
        return Fixtures.reader().read(file, file.getFileName().toString(), "kyp");
    }

    private Path v1(String fileName, List<String> order, java.util.function.Consumer<UnitWorkbook> change)
            throws IOException {
        UnitWorkbook content = ThreeLineWorkbook.of();
        change.accept(content);
        GridWorkbook wb = new GridWorkbook();
        V1Grid.fill(wb.sheet("ผลการดำเนินงาน"), content, order);
        return wb.write(dir.resolve(fileName));
    }

    /** A line without its cell references, which legitimately differ when columns move. */
    private static IndicatorLine withoutCells(IndicatorLine l) {
        return new IndicatorLine(l.level(), l.hierarchy(), l.indicator(), l.reporting(), l.annualTarget(), l.plan(),
                l.result(), l.statedCumulative(), l.statedCumulativePlan(), l.narrative(), null);
    }

    @Test
    void shuffledColumnsAndInsertedOnesYieldIdenticalLines() throws IOException {
        CheckedSubmission standard = read(v1("standard.xlsx", V1Grid.STANDARD, wb -> { }));
        CheckedSubmission shuffled = read(v1("shuffled.xlsx", V1Grid.shuffledWith("หมายเหตุ", "ผู้รายงาน"), wb -> { }));

        assertThat(standard.problems()).isEmpty();
        assertThat(shuffled.problems()).isEmpty();
        assertThat(shuffled.lines()).hasSize(3);
        assertThat(shuffled.lines().stream().map(LayoutQuirksTest::withoutCells).toList())
                .isEqualTo(standard.lines().stream().map(LayoutQuirksTest::withoutCells).toList());
        // The cells differ, and each still points where the value really is.
        assertThat(shuffled.lines().get(1).source().cell("annualTarget"))
                .isNotEqualTo(standard.lines().get(1).source().cell("annualTarget"));
    }

    @Test
    void aRemovedOptionalColumnAndARenamedSheetAreNoObstacle() throws IOException {
        List<String> order = new java.util.ArrayList<>(V1Grid.STANDARD);
        order.remove("programme");
        order.remove("kind");
        UnitWorkbook content = ThreeLineWorkbook.of();
        GridWorkbook wb = new GridWorkbook();
        V1Grid.fill(wb.sheet("Sheet1"), content, order);
        CheckedSubmission s = read(wb.write(dir.resolve("renamed.xlsx")));

        assertThat(s.problems()).isEmpty();
        assertThat(s.layoutId()).isEqualTo("template-v1");
        assertThat(s.lines()).extracting(l -> l.indicator().code()).containsExactly("OPS-ST-01", "KYP-01", "KYP-02");
        assertThat(s.lines().get(0).hierarchy().programme()).isNull();
    }

    @Test
    void thaiDigitsSeparatorsAndDashesAreNumbers() throws IOException {
        CheckedSubmission s = read(v1("digits.xlsx", V1Grid.STANDARD, wb -> {
            UnitWorkbook.Line l = wb.lines.get(1);
            l.annualTarget = "๑๒";
            l.result[6] = " 1 ";
            l.result[7] = "-";
            l.plan[0] = "1,000";
            l.cumulative = "๗";
        }));
        assertThat(s.errors()).isEmpty();
        IndicatorLine l = s.lines().get(1);
        assertThat(l.annualTarget()).isEqualTo(12.0);
        assertThat(l.result().get(7)).isEqualTo(1.0);
        assertThat(l.result().get(8)).isEqualTo(0.0);
        assertThat(l.plan().get(1)).isEqualTo(1000.0);
        assertThat(l.statedCumulative()).isEqualTo(7.0);
    }

    @Test
    void percentagesAsFormattedCellsOrTextAreReadAsPercent() throws IOException {
        CheckedSubmission s = read(v1("percent.xlsx", V1Grid.STANDARD, wb -> {
            UnitWorkbook.Line l = wb.lines.get(0);
            l.annualTarget = new Formatted(0.8, "0%");
            l.result[7] = "84%";
            l.cumulative = new Formatted(0.84, "0.0%");
        }));
        assertThat(s.errors()).isEmpty();
        IndicatorLine l = s.lines().get(0);
        assertThat(l.annualTarget()).isEqualTo(80.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(l.result().get(8)).isEqualTo(84.0);
        assertThat(l.statedCumulative()).isEqualTo(84.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void formulasGiveTheirCachedValueAndAnErrorValueIsAProblemOnItsCell() throws IOException {
        CheckedSubmission s = read(v1("formula.xlsx", V1Grid.STANDARD, wb -> {
            UnitWorkbook.Line l = wb.lines.get(1);
            l.annualTarget = new Formula("6*2");
            l.cumulative = new Formula("1/0");
        }));
        assertThat(s.lines().get(1).annualTarget()).isEqualTo(12.0);
        assertThat(s.errors()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("FORMULA_ERROR");
            assertThat(p.found()).isEqualTo("#DIV/0!");
            assertThat(p.cell()).isEqualTo("AJ8");
            assertThat(p.message().th()).contains("ผลสะสม").contains("#DIV/0!");
        });
    }

    @Test
    void aReportingMonthWrittenAsABuddhistEraDateOrAsThaiText() throws IOException {
        for (Object period : new Object[] {new DateCell(LocalDate.of(2026, 5, 31), "[$-th-TH]d mmm bbbb"),
            new DateCell(LocalDate.of(2026, 5, 1), "bbbb-mm"), "31 พ.ค. 69", "พฤษภาคม ๒๕๖๙"}) {
            GridWorkbook wb = new GridWorkbook();
            UnitWorkbook content = ThreeLineWorkbook.of();
            GridWorkbook.Grid grid = wb.sheet("ผลการดำเนินงาน");
            V1Grid.fill(grid, content, V1Grid.STANDARD);
            grid.rows.get(2).set(1, period);
            CheckedSubmission s = read(wb.write(dir.resolve("period.xlsx")));
            assertThat(s.period()).as(period.toString()).isEqualTo(new FiscalPeriod(2569, 8));
            assertThat(s.errors()).isEmpty();
        }
    }

    @Test
    void hiddenRowsAndSheetsAreReadButFlagged() throws IOException {
        GridWorkbook wb = new GridWorkbook();
        wb.sheet("ปก").row("รายงานประจำเดือน");
        GridWorkbook.Grid grid = wb.sheet("ผลการดำเนินงาน").hide();
        V1Grid.fill(grid, ThreeLineWorkbook.of(), V1Grid.STANDARD);
        grid.hiddenRows.add(7);
        CheckedSubmission s = read(wb.write(dir.resolve("hidden.xlsx")));

        assertThat(s.accepted()).isTrue();
        assertThat(s.lines()).hasSize(3);
        assertThat(s.warnings()).extracting(Problem::rule, Problem::cell).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("HIDDEN_SHEET", null), org.assertj.core.groups.Tuple.tuple("HIDDEN_ROW", "G8"));
        assertThat(s.warnings()).allMatch(p -> p.severity() == Severity.WARNING);
    }

    @Test
    void blankRowsSubtotalsAndHeadingRowsAreNotIndicators() throws IOException {
        GridWorkbook wb = new GridWorkbook();
        GridWorkbook.Grid grid = wb.sheet("ผลการดำเนินงาน");
        V1Grid.fill(grid, ThreeLineWorkbook.of(), V1Grid.STANDARD);
        List<Object> heading = new java.util.ArrayList<>(java.util.Collections.nCopies(5, null));
        heading.set(3, "ผลผลิต: การบริหารจัดการ");
        grid.rows.add(7, heading);
        grid.rows.add(8, List.of());
        List<Object> subtotal = new java.util.ArrayList<>(java.util.Collections.nCopies(12, null));
        subtotal.set(6, "รวม");
        subtotal.set(10, 22.0);
        grid.rows.add(subtotal);
        CheckedSubmission s = read(wb.write(dir.resolve("subtotals.xlsx")));

        assertThat(s.problems()).isEmpty();
        assertThat(s.lines()).extracting(l -> l.indicator().code()).containsExactly("OPS-ST-01", "KYP-01", "KYP-02");
        assertThat(s.lines().get(1).hierarchy().outputProject()).isEqualTo("ผลผลิต: การบริหารจัดการ");
    }

    @Test
    void aHeaderOfThreeMergedRowsIsFound() throws IOException {
        GridWorkbook wb = new GridWorkbook();
        GridWorkbook.Grid grid = wb.sheet("ผลการดำเนินงาน");
        V1Grid.fill(grid, ThreeLineWorkbook.of(), V1Grid.STANDARD);
        // A third header row above: "ผลการดำเนินงานรายเดือน" over all 24 month columns.
        List<Object> above = new java.util.ArrayList<>(java.util.Collections.nCopies(11, null));
        above.add("ผลการดำเนินงานรายเดือน ปีงบประมาณ ๒๕๖๙");
        grid.rows.set(3, above);
        grid.merge("L4:AI4");
        CheckedSubmission s = read(wb.write(dir.resolve("three-rows.xlsx")));

        assertThat(s.problems()).isEmpty();
        assertThat(s.lines().get(1).result().get(8)).isEqualTo(1.0);
        assertThat(s.lines().get(1).source().cell("result.8")).isEqualTo("AA8");
    }

    @Test
    void aMacroEnabledWorkbookIsReadLikeAnyOther() throws IOException {
        GridWorkbook wb = new GridWorkbook();
        V1Grid.fill(wb.sheet("ผลการดำเนินงาน"), ThreeLineWorkbook.of(), V1Grid.STANDARD);
        CheckedSubmission s = read(wb.write(dir.resolve("macros.xlsm")));
        assertThat(s.format()).isEqualTo("xlsm");
        assertThat(s.accepted()).isTrue();
        assertThat(s.lines()).hasSize(3);
    }

    @Test
    void unitsThatReportOnlyTheCumulative() throws IOException {
        GridWorkbook wb = new GridWorkbook();
        wb.sheet("ผลสะสม")
                .row("หน่วยงาน: กองยุทธศาสตร์และแผนงาน")
                .row("ข้อมูล ณ เดือน", "พ.ค. 2569")
                .row()
                .row("ระดับ", "ผลผลิต/โครงการ", "ตัวชี้วัด", "หน่วยนับ", "ค่าเป้าหมายทั้งปี", "แผนสะสม", "ผลสะสม", "ปัญหา/อุปสรรค")
                .row("กิจกรรม", "ผลผลิต: การบริหารจัดการ", "จำนวนรายงานที่เสนอผู้บริหาร", "ฉบับ", 12, 8, 7, "บุคลากรไม่พอ")
                .row("กิจกรรม", null, "จำนวนการประชุมติดตามงาน", "ครั้ง", 24, 16, null, null);
        CheckedSubmission s = read(wb.write(dir.resolve("cumulative.xlsx")));

        assertThat(s.layoutId()).isEqualTo("cumulative-only");
        assertThat(s.lines()).hasSize(2);
        IndicatorLine first = s.lines().get(0);
        assertThat(first.reporting()).isEqualTo(Reporting.CUMULATIVE);
        assertThat(first.cumulativeResult(8)).isEqualTo(7.0);
        assertThat(first.cumulativePlan(8)).isEqualTo(8.0);
        assertThat(first.result().isEmpty()).isTrue();
        assertThat(first.narrative().problems()).isEqualTo("บุคลากรไม่พอ");
        assertThat(s.lines().get(1).hierarchy().outputProject()).isEqualTo("ผลผลิต: การบริหารจัดการ");
        assertThat(s.errors()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("RESULT_MISSING");
            assertThat(p.cell()).isEqualTo("G6");
        });
    }

    @Test
    void oneRowPerIndicatorAndMonthIsGatheredIntoLines() throws IOException {
        GridWorkbook wb = new GridWorkbook();
        GridWorkbook.Grid grid = wb.sheet("ข้อมูล")
                .row("หน่วยงาน", "กยผ.")
                .row("รอบรายงาน", "พ.ค. 2569")
                .row("ระดับ", "กิจกรรม", "ตัวชี้วัด", "หน่วยนับ", "ค่าเป้าหมายทั้งปี", "เดือน", "แผน", "ผล");
        for (int m = 1; m <= 8; m++) {
            String month = new String[] {"ต.ค. 68", "พ.ย. 68", "ธ.ค. 68", "ม.ค. 69", "ก.พ. 69", "มี.ค. 69", "เม.ย. 69",
                "พ.ค. 69"}[m - 1];
            grid.row("กิจกรรม", "กิจกรรม: ติดตามประเมินผล", "จำนวนรายงานที่เสนอผู้บริหาร", "ฉบับ", 12, month, 1, m == 8 ? 2 : 1);
            grid.row("เป้าหมาย สป.", null, "ร้อยละความพึงพอใจ", "ร้อยละ", 0.85, m == 8 ? "พฤษภาคม" : month, 0.85, 0.9);
        }
        CheckedSubmission s = read(wb.write(dir.resolve("long.xlsx")));

        assertThat(s.layoutId()).isEqualTo("long");
        assertThat(s.problems()).isEmpty();
        assertThat(s.lines()).hasSize(2);
        IndicatorLine reports = s.lines().get(0);
        assertThat(reports.reporting()).isEqualTo(Reporting.MONTHLY);
        assertThat(reports.result().get(8)).isEqualTo(2.0);
        assertThat(reports.cumulativeResult(8)).isEqualTo(9.0);
        assertThat(reports.source().cell("result.8")).isEqualTo("H18");
        IndicatorLine satisfaction = s.lines().get(1);
        assertThat(satisfaction.level()).isEqualTo(IndicatorLevel.AGENCY_TARGET);
        // This layout says its units write 0.85 for 85%.
        assertThat(satisfaction.annualTarget()).isEqualTo(85.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(satisfaction.result().get(3)).isEqualTo(90.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aMonthRowOfAnotherFiscalYearOrUnreadableIsAProblem() throws IOException {
        GridWorkbook wb = new GridWorkbook();
        wb.sheet("ข้อมูล")
                .row("หน่วยงาน", "กยผ.")
                .row("รอบรายงาน", "พ.ค. 2569")
                .row("ตัวชี้วัด", "ค่าเป้าหมายทั้งปี", "เดือน", "แผน", "ผล")
                .row("จำนวนรายงาน", 12, "ต.ค. 67", 1, 1)
                .row("จำนวนรายงาน", 12, "เดือนที่แล้ว", 1, 1)
                .row("จำนวนรายงาน", 12, "พ.ค. 69", 1, 1);
        CheckedSubmission s = read(wb.write(dir.resolve("long-bad.xlsx")));

        assertThat(s.errors()).extracting(Problem::rule, Problem::cell).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("MONTH_OTHER_YEAR", "C4"),
                org.assertj.core.groups.Tuple.tuple("MONTH_INVALID", "C5"));
    }

    @Test
    void theFileNameMustNotContradictTheTitleBlock() throws IOException {
        CheckedSubmission month = read(v1("สงป301_กยผ_2569-04.xlsx", V1Grid.STANDARD, wb -> { }));
        assertThat(month.errors()).extracting(Problem::rule).containsExactly("FILE_NAME_MONTH");
        assertThat(month.errors().get(0).message().th()).contains("เม.ย. 2569").contains("พ.ค. 2569");

        CheckedSubmission unit = read(v1("รายงาน_กบค_พ.ค.69.xlsx", V1Grid.STANDARD, wb -> { }));
        assertThat(unit.errors()).extracting(Problem::rule).containsExactly("FILE_NAME_UNIT");
        assertThat(unit.errors().get(0).message().en()).contains("กองบริหารการคลัง").contains("กองยุทธศาสตร์และแผนงาน");

        assertThat(read(v1("รายงาน กยผ. พ.ค.69.xlsx", V1Grid.STANDARD, wb -> { })).errors()).isEmpty();
    }
}
