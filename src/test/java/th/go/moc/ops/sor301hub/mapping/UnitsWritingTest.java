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

    @Test
    void headingsWrittenInTheIndicatorColumnAreToldByTheirFirstWords() throws IOException {
        GridWorkbook wb = new GridWorkbook();
        wb.sheet("ผลการดำเนินงาน")
                .row("หน่วยงาน", "สำนักงานพาณิชย์จังหวัดน่าน")
                .row("ประจำเดือน", "พ.ค. 2569", "ปีงบประมาณ", "2569")
                .row()
                .row("เป้าหมาย/ผลผลิต/กิจกรรม/ตัวชี้วัด", "หน่วยนับ", "ค่าเป้าหมายทั้งปี", "ผลสะสม")
                .row("เป้าหมายการให้บริการ: เศรษฐกิจการค้าของจังหวัดเติบโต")
                .row("มูลค่าการค้าชายแดน", "ล้านบาท", 120.0, 70.0)
                .row("ผลผลิตที่ 1 การบริหารจัดการด้านการค้าในภูมิภาค")
                .row("กิจกรรม ส่งเสริมสินค้าชุมชน")
                .row("จำนวนผู้ประกอบการที่ได้รับการพัฒนา", "ราย", 60.0, 35.0)
                .row("กิจกรรม กำกับดูแลราคาสินค้า")
                .row("จำนวนครั้งการตรวจสอบราคา", "ครั้ง", 48.0, 30.0)
                .row("ผลผลิตที่ 2 การพัฒนาเครือข่าย")
                .row("จำนวนเครือข่ายที่จัดตั้ง", "เครือข่าย", 4.0, 2.0);
        Path file = wb.write(dir.resolve("สงป301_พณจน่าน_2569-05.xlsx"));
        Layout layout;
        try (var in = Files.newInputStream(Path.of("src/test/resources/layouts/headings-in-one-column.yaml"))) {
            layout = LayoutLoader.parse(in, "headings-in-one-column.yaml");
        }
        MappedWorkbook mapped;
        var source = th.go.moc.ops.sor301hub.workbook.Workbooks.open(file);
        try {
            mapped = new WorkbookMapper(java.util.List.of(layout), CumulationRules.load(null)).map(source, "น่าน.xlsx");
        } finally {
            source.close();
        }
        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.lines()).extracting(l -> l.indicator().name()).containsExactly("มูลค่าการค้าชายแดน",
                "จำนวนผู้ประกอบการที่ได้รับการพัฒนา", "จำนวนครั้งการตรวจสอบราคา", "จำนวนเครือข่ายที่จัดตั้ง");
        var first = mapped.lines().get(0);
        assertThat(first.level().isServiceTarget()).isTrue();
        assertThat(first.hierarchy().serviceTarget()).isEqualTo("เป้าหมายการให้บริการ: เศรษฐกิจการค้าของจังหวัดเติบโต");
        var second = mapped.lines().get(1);
        assertThat(second.level()).isEqualTo(th.go.moc.ops.sor301hub.sor301.IndicatorLevel.ACTIVITY);
        assertThat(second.hierarchy().outputProject()).isEqualTo("ผลผลิตที่ 1 การบริหารจัดการด้านการค้าในภูมิภาค");
        assertThat(second.hierarchy().activity()).isEqualTo("กิจกรรม ส่งเสริมสินค้าชุมชน");
        assertThat(second.annualTarget()).isEqualTo(60.0);
        assertThat(second.statedCumulative()).isEqualTo(35.0);
        assertThat(mapped.lines().get(2).hierarchy().activity()).isEqualTo("กิจกรรม กำกับดูแลราคาสินค้า");
        // A new output clears the activity above it: the network line sits under output 2 alone.
        var last = mapped.lines().get(3);
        assertThat(last.level()).isEqualTo(th.go.moc.ops.sor301hub.sor301.IndicatorLevel.OUTPUT_PROJECT);
        assertThat(last.hierarchy().outputProject()).isEqualTo("ผลผลิตที่ 2 การพัฒนาเครือข่าย");
        assertThat(last.hierarchy().activity()).isNull();
    }
}
