package th.go.moc.ops.sor301hub.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.LibreOfficeRows;
import th.go.moc.ops.sor301hub.Openpyxl;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/**
 * The sample month's consolidated workbook, read back with openpyxl and opened by LibreOffice: the
 * form's sections and groups in order, merged title, print setup, the summary agreeing with the form,
 * the obstacles gathered, two charts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidatedWorkbookTest {

    private Path dir;
    private Path workbook;
    private Map<String, Object> read;

    @BeforeAll
    void writeTheSampleMonth(@TempDir Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        List<UnitMonth> units = Fixtures.sampleMonth();
        assertThat(units).hasSize(19);
        workbook = Fixtures.components().outputs().write(new MonthData(new FiscalPeriod(2569, 8), units), dir)
                .consolidated();
        read = Openpyxl.readForm(workbook);
    }

    @SuppressWarnings("unchecked")
    private List<String> firstColumn(String sheet) {
        return ((Map<String, List<List<String>>>) read.get("cells")).get(sheet).stream()
                .map(r -> r.isEmpty() ? "" : r.get(0)).toList();
    }

    @Test
    void sheetsComeInTheOrderPeopleReadThem() {
        assertThat((List<String>) read.get("sheets")).startsWith("สงป.301", "สรุป", "ปัญหาอุปสรรค", "แผนภูมิ").hasSize(4 + 19);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theFormIsPrintedAsAnOfficialDocument() {
        Map<String, Object> print = ((Map<String, Map<String, Object>>) read.get("print")).get("สงป.301");
        assertThat(print).containsEntry("orientation", "landscape").containsEntry("paper", 9).containsEntry("fitToWidth", 1)
                .containsEntry("fitToHeight", 0).containsEntry("fitToPage", true).containsEntry("titleRows", "$3:$3")
                .containsEntry("footer", "- &P -").containsEntry("footerFont", "TH SarabunIT๙,Regular");
        List<String> merged = ((Map<String, List<String>>) read.get("merged")).get("สงป.301");
        assertThat(merged).contains("A1:D1", "A2:D2", "A4:D4");
        assertThat(firstColumn("สงป.301").get(0))
                .isEqualTo("รายงานผลปฏิบัติงาน (สงป. ๓๐๑) สำนักงานปลัดกระทรวงพาณิชย์ ประจำเดือน พฤษภาคม ๒๕๖๙");
    }

    @Test
    void linesSitUnderTheirSectionAndTheirOutputAndActivity() {
        List<String> form = firstColumn("สงป.301");
        int above = form.indexOf("๑.๑ เป้าหมายการให้บริการ สป. ดังนี้");
        int aboveOutputs = form.indexOf("๑.๒ โครงการ/ผลผลิต และกิจกรรม ดังนี้");
        int below = form.indexOf("๓.๒ โครงการ/ผลผลิต และกิจกรรม ดังนี้");
        assertThat(above).isPositive().isLessThan(aboveOutputs);
        // เชียงใหม่ MOC-ST-01: 40 of 32 ล้านบาท, above target, a service target: in ๑.๑, under its service target,
        // the indicator written once with its units under it.
        int value = form.indexOf("ตัวชี้วัด: มูลค่าการจำหน่ายสินค้าชุมชนที่ได้รับการส่งเสริม");
        assertThat(value).isBetween(above, aboveOutputs);
        assertThat(form.subList(value, aboveOutputs)).startsWith("ตัวชี้วัด: มูลค่าการจำหน่ายสินค้าชุมชนที่ได้รับการส่งเสริม",
                "    – พณจ.เชียงใหม่", "    – พณจ.ลำปาง");
        assertThat(form.subList(above, aboveOutputs)).containsOnlyOnce("ตัวชี้วัด: มูลค่าการจำหน่ายสินค้าชุมชนที่ได้รับการส่งเสริม");
        assertThat(form.subList(above, value)).contains("เศรษฐกิจการค้าของจังหวัดได้รับการส่งเสริมและพัฒนาอย่างยั่งยืน");
        // เชียงใหม่ PCO-01: 112 of 128 ราย, below: in ๓.๒, under its output, its activity and its indicator.
        int indicator = form.subList(below, form.size()).indexOf("ตัวชี้วัด: จำนวนผู้ประกอบการที่ได้รับการพัฒนา") + below;
        assertThat(indicator).isGreaterThan(below);
        int entrepreneurs = form.subList(indicator, form.size()).indexOf("    – พณจ.เชียงใหม่") + indicator;
        assertThat(entrepreneurs).isGreaterThan(indicator);
        List<String> before = form.subList(below, entrepreneurs);
        assertThat(before).contains("ผลผลิต: การบริหารจัดการด้านการค้าในภูมิภาค", "    กิจกรรม: ส่งเสริมและพัฒนาสินค้าชุมชน");
        assertThat(before.indexOf("ผลผลิต: การบริหารจัดการด้านการค้าในภูมิภาค"))
                .isLessThan(before.indexOf("    กิจกรรม: ส่งเสริมและพัฒนาสินค้าชุมชน"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theSummaryCountsWhatTheFormLists() {
        List<String> form = firstColumn("สงป.301");
        List<List<String>> summary = ((Map<String, List<List<String>>>) read.get("cells")).get("สรุป");
        String[] sections = {"๑", "๒", "๓"};
        int total = 0;
        for (int i = 0; i < 3; i++) {
            int start = sectionRow(form, sections[i]);
            int end = i < 2 ? sectionRow(form, sections[i + 1]) : form.size();
            long listed = form.subList(start, end).stream().filter(t -> t.startsWith("    – ")).count();
            String label = sections[i] + ". ";
            List<String> row = summary.stream().filter(r -> r.get(0).startsWith(label)).findFirst().orElseThrow();
            assertThat(Double.parseDouble(row.get(3))).as(row.get(0)).isEqualTo((double) listed);
            total += listed;
        }
        assertThat(total).isEqualTo(81);
        List<String> all = summary.stream().filter(r -> r.get(0).startsWith("รวมทุกหน่วยงาน")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(all.get(8))).isEqualTo(77.0);
    }

    private static int sectionRow(List<String> form, String number) {
        for (int r = 0; r < form.size(); r++) {
            if (form.get(r).startsWith(number + ". ")) {
                return r;
            }
        }
        throw new AssertionError("no section " + number);
    }

    @SuppressWarnings("unchecked")
    /** The row of the form whose first cell is the last of {@code texts}, each found below the one before it. */
    private List<String> formRow(String... texts) {
        List<List<String>> rows = ((Map<String, List<List<String>>>) read.get("cells")).get("สงป.301");
        List<String> form = firstColumn("สงป.301");
        int at = 0;
        for (String text : texts) {
            int found = form.subList(at, form.size()).indexOf(text);
            assertThat(found).as(text).isNotNegative();
            at += found;
        }
        return rows.get(at);
    }

    @Test
    void figuresAreWrittenInThaiDigitsAndTheResultInWords() {
        // เชียงใหม่ MOC-ST-01: target 48, plan so far 32, result 40 ล้านบาท; above target.
        List<String> row = formRow("ตัวชี้วัด: มูลค่าการจำหน่ายสินค้าชุมชนที่ได้รับการส่งเสริม", "    – พณจ.เชียงใหม่");
        assertThat(row.get(1)).isEqualTo("๔๘ ล้านบาท");
        assertThat(row.get(2)).isEqualTo("๔๐ ล้านบาท\n(ร้อยละ ๑๒๕ ของเป้าหมายสะสม)");
        assertThat(row.get(3)).startsWith("ผลสะสม ๔๐ ล้านบาท สูงกว่าเป้าหมายสะสม ๓๒ ล้านบาท\n");
        // A percentage reads "ร้อยละ ๙๖", never "๙๖ ร้อยละ"; a shortfall says how much is missing.
        List<String> below = formRow("๓.๒ โครงการ/ผลผลิต และกิจกรรม ดังนี้", "ตัวชี้วัด: จำนวนผู้ประกอบการที่ได้รับการพัฒนา",
                "    – พณจ.เชียงใหม่");
        assertThat(below.get(3)).startsWith("ผลสะสม ๑๑๒ ราย ต่ำกว่าเป้าหมายสะสม ๑๒๘ ราย (ขาดอีก ๑๖ ราย)")
                .contains("ปัญหา/อุปสรรค: ").contains("แนวทางแก้ไข: ");
        for (String figure : List.of(row.get(1), row.get(2), below.get(1), below.get(2))) {
            assertThat(figure).doesNotContainPattern("[0-9]");
        }
        assertThat(firstColumn("สงป.301")).noneMatch(t -> t.matches(".*[0-9] ร้อยละ.*"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theObstaclesUnitsWroteAreGatheredPerOutput() {
        List<List<String>> rows = ((Map<String, List<List<String>>>) read.get("cells")).get("ปัญหาอุปสรรค");
        List<String> units = rows.stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList();
        // เชียงใหม่ PCO-01 (112 of 128, below) wrote its obstacle and remedy; they sit under its output.
        int row = 0;
        while (!(rows.get(row).size() >= 5 && rows.get(row).get(0).equals("พณจ.เชียงใหม่")
                && rows.get(row).get(1).equals("จำนวนผู้ประกอบการที่ได้รับการพัฒนา"))) {
            row++;
        }
        List<String> line = rows.get(row);
        assertThat(line.get(2)).isEqualTo("ผลปฏิบัติงานต่ำกว่าค่าเป้าหมายที่กำหนด");
        assertThat(line.get(3)).contains("ฤดูเก็บเกี่ยว");
        assertThat(line.get(4)).contains("ปรับแผนการจัดกิจกรรม");
        assertThat(units.subList(0, row)).contains("ผลผลิต: การบริหารจัดการด้านการค้าในภูมิภาค");
    }

    @Test
    void twoChartsAreDrawnOnTheChartSheet() throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            assertThat(zip.getEntry("xl/charts/chart1.xml")).isNotNull();
            assertThat(zip.getEntry("xl/charts/chart2.xml")).isNotNull();
            String first = new String(zip.getInputStream(zip.getEntry("xl/charts/chart1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(first).contains("ร้อยละของแผนสะสมที่ทำได้").contains("barChart").contains("'แผนภูมิ'!$B$3")
                    .contains("<c:showVal val=\"true\"/>").contains("lineChart").contains("เป้าหมาย (ร้อยละ ๑๐๐)")
                    .contains("sz=\"1400\"");
            String second = new String(zip.getInputStream(zip.getEntry("xl/charts/chart2.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(second).contains("lineChart").contains("เป้าหมาย ครม.").contains("<c:showVal val=\"true\"/>");
        }
    }

    @Test
    void libreOfficeOpensItAndPrintsItOnPages() throws IOException, InterruptedException {
        Path soffice = Path.of("/usr/bin/soffice");
        assertThat(Files.isExecutable(soffice)).as("LibreOffice is needed (.ci/run installs libreoffice-calc)").isTrue();
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("lo").toAbsolutePath(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString(), workbook.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        Path pdf = dir.resolve("pdf").resolve("SOR301_2569-05.pdf");
        assertThat(pdf).as(log).exists();
        String content = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(content).results().count();
        assertThat(pages).as("the form, the summary, the charts and 19 unit sheets").isGreaterThanOrEqualTo(23);
        // The form's header row on every one of its pages: the pages before the summary's title.
        int formPages = 0;
        for (int page = 1; page <= pages; page++) {
            String text = pdftotext(pdf, page);
            if (text.contains("สรุปผลการดำเนินงาน")) {
                break;
            }
            formPages++;
            assertThat(text).as("page %d of the form", page).contains("ผลการดำเนินงาน").contains("หน่วยนับ");
        }
        assertThat(formPages).as("the form runs over several pages").isGreaterThan(2);
    }

    @SuppressWarnings("unchecked")
    @Test
    void libreOfficeGivesEveryRowTheHeightItsTextNeeds() throws IOException, InterruptedException {
        Map<String, Object> rows = LibreOfficeRows.check(workbook, dir.resolve("lo-rows"));
        assertThat((List<Object>) rows.get("clipped")).as("rows whose last lines print cut off").isEmpty();
        Map<String, Object> titles = (Map<String, Object>) rows.get("titleRows");
        assertThat(titles.get("สงป.301")).as("the form's header row repeats on every page").isEqualTo(List.of(2, 2));
        assertThat(titles.get("พณจ.เชียงใหม่")).isEqualTo(List.of(1, 1));
        assertThat(titles.get("กบบ.")).isEqualTo(List.of(1, 1));
    }

    private static String pdftotext(Path pdf, int page) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/pdftotext", "-f", Integer.toString(page), "-l", Integer.toString(page),
                pdf.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0).as("poppler-utils' pdftotext").isTrue();
        // pdftotext puts a space before some Thai marks ("เป้ าหมาย"): compare without spaces.
        return text.replace(" ", "");
    }
}
