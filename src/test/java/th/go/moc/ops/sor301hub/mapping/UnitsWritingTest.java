package th.go.moc.ops.sor301hub.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.samples.GridWorkbook;
import th.go.moc.ops.sor301hub.samples.TemplateV1Writer;
import th.go.moc.ops.sor301hub.samples.ThreeLineWorkbook;
import th.go.moc.ops.sor301hub.samples.UnitWorkbook;
import th.go.moc.ops.sor301hub.validation.History;
import th.go.moc.ops.sor301hub.validation.Problem;

/** What units really type where the template expects otherwise: the values read are asserted. */
class UnitsWritingTest {

    private static final Instant JUNE_5 = Instant.parse("2026-06-05T03:00:00Z");

    @TempDir
    Path dir;

    private CheckedSubmission read(UnitWorkbook content, String name) throws IOException {
        return read(content, name, "kyp");
    }

    private CheckedSubmission read(UnitWorkbook content, String name, String folder) throws IOException {
        Path file = dir.resolve(name);
        TemplateV1Writer.write(content, file);
        return Fixtures.reader().read(file, name, folder, JUNE_5, History.NONE);
    }

    @Test
    void aTitleWrittenLabelSpaceValueInOneCellIsRead() throws IOException {
        UnitWorkbook content = ThreeLineWorkbook.withBudget();
        content.labelAndValueInOneCell = true;
        content.period = "พฤษภาคม ๒๕๖๙";
        // Neither the file's name nor its folder says the unit or the month: only the title does.
        CheckedSubmission s = read(content, "รายงานประจำเดือน.xlsx", null);
        assertThat(s.problems()).extracting(Problem::rule).doesNotContain("UNIT_MISSING", "PERIOD_MISSING");
        assertThat(s.unit().id()).isEqualTo("kyp");
        assertThat(s.period().key()).isEqualTo("2569-05");
        assertThat(s.accepted()).isTrue();
    }

    @Test
    void nilMarkersMeanNothingReportedAndMonthsToComeMayHoldThem() throws IOException {
        UnitWorkbook content = ThreeLineWorkbook.withBudget();
        UnitWorkbook.Line line = content.lines.get(1);
        // The months after พ.ค. (fiscal month 8) typed "-", "–", "n/a" and "ไม่มี" for "not yet".
        line.result[8] = "-";
        line.result[9] = "–";
        line.result[10] = "n/a";
        line.result[11] = "ไม่มี";
        double may = ((Number) line.result[7]).doubleValue();
        line.result[7] = "ไม่มี";
        line.cumulative = ((Number) line.cumulative).doubleValue() - may;
        CheckedSubmission s = read(content, "สงป301_กยผ_2569-05.xlsx");
        assertThat(s.problems()).extracting(Problem::rule).doesNotContain("RESULT_IN_FUTURE", "NOT_A_NUMBER",
                "RESULT_MISSING", "CUMULATIVE_MISMATCH");
        assertThat(s.lines().get(1).result().get(8)).as("พ.ค.: ไม่มี, nothing this month").isEqualTo(0.0);
        assertThat(s.lines().get(1).cumulativeResult(8)).isEqualTo(((Number) line.cumulative).doubleValue());
    }

    @Test
    void aLayoutMayNameItsOwnNilMarkers() throws IOException {
        Path layouts = Files.createDirectories(dir.resolve("mappings/layouts"));
        String v1 = Files.readString(Path.of("mappings/layouts/template-v1.yaml"));
        Files.writeString(layouts.resolve("template-v1.yaml"), v1 + "\nnil: [\"-\", \"ยังไม่มีผล\"]\n");
        Layout layout = LayoutLoader.load(dir.resolve("mappings")).stream()
                .filter(l -> l.id().equals("template-v1")).findFirst().orElseThrow();
        assertThat(layout.nilMarkers()).containsExactly("-", "ยังไม่มีผล");
        Layout shipped = LayoutLoader.load(null).stream().filter(l -> l.id().equals("template-v1")).findFirst().orElseThrow();
        assertThat(shipped.nilMarkers()).isEqualTo(Layout.NIL_MARKERS);
    }

    @Test
    void twoFieldsClaimingOneHeaderIsAMistakeInTheMappingNamedInBothLanguages() throws IOException {
        Path layouts = Files.createDirectories(dir.resolve("claimed/layouts"));
        String v1 = Files.readString(Path.of("mappings/layouts/template-v1.yaml"));
        // ผลสะสม given to the stated cumulative and, by mistake, to the narrative too.
        String twice = v1.replaceFirst("(resultNarrative:\\s*\\{ headers: \\[)", "$1ผลสะสม, ");
        assertThat(twice).isNotEqualTo(v1);
        Files.writeString(layouts.resolve("template-v1.yaml"), twice);
        assertThatThrownBy(() -> LayoutLoader.load(dir.resolve("claimed")))
                .isInstanceOf(LayoutFileException.class)
                .hasMessageContaining("'cumulative'").hasMessageContaining("'resultNarrative'")
                .hasMessageContaining("\"ผลสะสม\"").hasMessageContaining("both claim").hasMessageContaining("เดียวกัน");
        // The shipped layouts give each header to one field.
        assertThat(LayoutLoader.load(null)).isNotEmpty();
    }

    private static final String TWO_CUMULATIVES = """
            id: two-cumulatives
            name: ผลสะสมสองปี / Two years' cumulatives
            title: { unit: [หน่วยงาน], period: [ประจำเดือน] }
            tables:
              performance:
                columns:
                  indicator:    { headers: [ตัวชี้วัด], required: true }
                  annualTarget: { headers: [ค่าเป้าหมายทั้งปี], required: true }
                  cumulative:   { headers: [ผลสะสม], required: true }
            """;

    @Test
    void aColumnMarkedIgnoreIsNeverTakenForAFieldItsHeaderNames() throws IOException {
        GridWorkbook wb = new GridWorkbook();
        wb.sheet("ผลการดำเนินงาน")
                .row("หน่วยงาน", "กองยุทธศาสตร์และแผนงาน")
                .row("ประจำเดือน", "พ.ค. 2569")
                .row("ตัวชี้วัด", "ค่าเป้าหมายทั้งปี", "ปีก่อน", "ปีนี้")
                .row(null, null, "ผลสะสม", "ผลสะสม")
                .row("จำนวนแผนงานที่ติดตาม", 12.0, 11.0, 7.0);
        Path file = wb.write(dir.resolve("สองปี.xlsx"));
        String ignoring = TWO_CUMULATIVES.replace("  performance:\n", "  performance:\n    ignore: [ปีก่อน]\n");
        assertThat(ignoring).contains("ignore:");
        assertThat(cumulativeRead(file, ignoring)).as("this year's, with last year's ignored").isEqualTo(7.0);
        assertThat(mapped(file, ignoring).problems()).isEmpty();
        // Without it, the first column headed ผลสะสม, last year's, is taken, and the unit is told which.
        assertThat(cumulativeRead(file, TWO_CUMULATIVES)).isEqualTo(11.0);
        assertThat(mapped(file, TWO_CUMULATIVES).problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("COLUMN_TWICE");
            assertThat(p.cell()).isEqualTo("D3");
            assertThat(p.message().th()).contains("\"ผลสะสม\" (C และ D)").contains("อ่านคอลัมน์ C");
            assertThat(p.message().en()).contains("only column C is read");
        });
    }

    private Double cumulativeRead(Path file, String yaml) {
        MappedWorkbook mapped = mapped(file, yaml);
        assertThat(mapped.lines()).hasSize(1);
        return mapped.lines().get(0).statedCumulative();
    }

    private MappedWorkbook mapped(Path file, String yaml) {
        Layout layout = LayoutLoader.parse(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "test");
        var source = th.go.moc.ops.sor301hub.workbook.Workbooks.open(file);
        try {
            return new WorkbookMapper(java.util.List.of(layout), CumulationRules.load(null))
                    .map(source, file.getFileName().toString());
        } finally {
            source.close();
        }
    }
}
