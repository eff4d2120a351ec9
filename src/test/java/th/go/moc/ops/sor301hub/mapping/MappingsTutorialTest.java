package th.go.moc.ops.sor301hub.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.batch.BatchCommand;
import th.go.moc.ops.sor301hub.samples.GridWorkbook;
import th.go.moc.ops.sor301hub.sor301.IndicatorLevel;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.workbook.WorkbookSource;
import th.go.moc.ops.sor301hub.workbook.Workbooks;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tutorial of mappings/README.md, done as a staff member would: its layout, copied from the README itself,
 * reads the workbook the tutorial shows, through the mapper, check-mapping and batch mode.
 */
class MappingsTutorialTest {

    private static final Path README = Path.of("mappings/README.md");

    @TempDir
    Path dir;

    private String yaml;
    private Path workbook;

    @BeforeEach
    void theTutorialsLayoutAndWorkbook() throws IOException {
        String readme = Files.readString(README);
        int marker = readme.indexOf("<!-- tutorial-layout");
        assertThat(marker).as("the tutorial's layout is marked in " + README).isPositive();
        int start = readme.indexOf("```yaml\n", marker) + "```yaml\n".length();
        yaml = readme.substring(start, readme.indexOf("```", start));
        // The sheet as the tutorial's table shows it.
        GridWorkbook wb = new GridWorkbook();
        wb.sheet("ผลการดำเนินงาน")
                .row("หน่วยงาน สำนักงานพาณิชย์จังหวัดน่าน")
                .row("ประจำเดือน พ.ค. 2569", null, "ปีงบประมาณ", "2569")
                .row()
                .row("เป้าหมาย/ผลผลิต/กิจกรรม/ตัวชี้วัด", "หน่วยนับ", "ค่าเป้าหมายทั้งปี", "ผลสะสม")
                .row("เป้าหมายการให้บริการ: เศรษฐกิจการค้าของจังหวัดเติบโต")
                .row("มูลค่าการค้าชายแดน", "ล้านบาท", 120.0, 70.0)
                .row("ผลผลิตที่ 1 การบริหารจัดการด้านการค้าในภูมิภาค")
                .row("กิจกรรม ส่งเสริมสินค้าชุมชน")
                .row("จำนวนผู้ประกอบการที่ได้รับการพัฒนา", "ราย", 60.0, 35.0)
                .row("กิจกรรม กำกับดูแลราคาสินค้า")
                .row("จำนวนครั้งการตรวจสอบราคา", "ครั้ง", 48.0, "ไม่มี");
        workbook = wb.write(Files.createDirectories(dir.resolve("inbox/พณจ.น่าน")).resolve("สงป301_น่าน_2569-05.xlsx"));
    }

    @Test
    void itsLayoutReadsEveryHeadingAndLine() {
        Layout layout = LayoutLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "README");
        assertThat(layout.id()).isEqualTo("nan");
        MappedWorkbook mapped;
        WorkbookSource source = Workbooks.open(workbook);
        try {
            mapped = new WorkbookMapper(List.of(layout), CumulationRules.load(null)).map(source, "น่าน.xlsx");
        } finally {
            source.close();
        }
        assertThat(mapped.problems()).isEmpty();
        assertThat(mapped.title().unit().text()).isEqualTo("สำนักงานพาณิชย์จังหวัดน่าน");
        assertThat(mapped.title().period().text()).isEqualTo("พ.ค. 2569");
        List<IndicatorLine> lines = mapped.lines();
        assertThat(lines).extracting(l -> l.indicator().name()).containsExactly("มูลค่าการค้าชายแดน",
                "จำนวนผู้ประกอบการที่ได้รับการพัฒนา", "จำนวนครั้งการตรวจสอบราคา");
        assertThat(lines.get(0).level().isServiceTarget()).isTrue();
        assertThat(lines.get(0).hierarchy().serviceTarget()).isEqualTo("เป้าหมายการให้บริการ: เศรษฐกิจการค้าของจังหวัดเติบโต");
        assertThat(lines.get(0).statedCumulative()).isEqualTo(70.0);
        assertThat(lines.get(1).level()).isEqualTo(IndicatorLevel.ACTIVITY);
        assertThat(lines.get(1).hierarchy().outputProject()).isEqualTo("ผลผลิตที่ 1 การบริหารจัดการด้านการค้าในภูมิภาค");
        assertThat(lines.get(1).hierarchy().activity()).isEqualTo("กิจกรรม ส่งเสริมสินค้าชุมชน");
        assertThat(lines.get(1).annualTarget()).isEqualTo(60.0);
        // A new activity replaces the one above; "ไม่มี" is nothing done so far.
        assertThat(lines.get(2).hierarchy().activity()).isEqualTo("กิจกรรม กำกับดูแลราคาสินค้า");
        assertThat(lines.get(2).hierarchy().outputProject()).isEqualTo("ผลผลิตที่ 1 การบริหารจัดการด้านการค้าในภูมิภาค");
        assertThat(lines.get(2).statedCumulative()).isEqualTo(0.0);
    }

    @Test
    void checkMappingAndBatchModeReadTheUnitsFileWithIt() throws IOException {
        Path mappings = Files.createDirectories(dir.resolve("mappings/layouts"));
        Path nan = Files.writeString(mappings.resolve("nan.yaml"), yaml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int checked = th.go.moc.ops.sor301hub.batch.CheckMappingCommand.run(
                new String[] {"check-mapping", "--layout", nan.toString(), "--workbook", workbook.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(checked).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("It fits this file").contains("3 lines read");

        out.reset();
        int batch = BatchCommand.run(new String[] {"batch", "--inbox", dir.resolve("inbox").toString(), "--out",
            dir.resolve("out").toString(), "--mappings", dir.resolve("mappings").toString(), "--json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(batch).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .isEqualTo(BatchCommand.ALL_ACCEPTED);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = JsonMapper.builder().build().readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> file = ((List<Map<String, Object>>) json.get("files")).get(0);
        assertThat(file.get("layout")).isEqualTo("nan");
        assertThat(file.get("lines")).isEqualTo(3);
        // The folder "พณจ.น่าน" is the unit's short name: its feedback goes back there.
        assertThat(file.get("feedback").toString()).contains("/feedback/พณจ.น่าน/");
    }
}
