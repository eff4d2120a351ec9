package th.go.moc.ops.sor301hub.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.report.MonthData;
import th.go.moc.ops.sor301hub.report.MonthOutputs;
import th.go.moc.ops.sor301hub.setup.Components;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/** The sample month's executive summary: what it says, and its PDF drawn as a picture by poppler. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExecutiveSummaryTest {

    private Path dir;
    private MonthOutputs.Written written;

    @BeforeAll
    void writeTheSampleMonth(@TempDir Path dir) throws IOException {
        this.dir = dir;
        assertThat(Files.isRegularFile(SummaryPages.DEFAULT_FONT)).as("Debian's fonts-thai-tlwg is needed (.ci/run installs it)").isTrue();
        Components components = Fixtures.components();
        List<UnitMonth> units = Fixtures.sampleMonth();
        FiscalPeriod may = new FiscalPeriod(2569, 8);
        written = components.outputs().write(new MonthData(may, units,
                components.notReported(may, units.stream().map(UnitMonth::unitId).toList())), dir);
    }

    @Test
    void headlinesBelowTargetSpendingAndWhoHasNotReported() throws IOException {
        String html = shown(written.summaryHtml());
        assertThat(html).contains("ประจำเดือน พฤษภาคม ๒๕๖๙").contains("19/88").contains("หน่วยงานรายงานแล้ว");
        // 81 indicators in all: 19 above, 36 on, 26 below (as the consolidated workbook's summary counts them).
        assertThat(html).contains(">19<").contains(">36<").contains(">26<");
        // Five listed, furthest below first; the other 21 counted.
        assertThat(html).contains("และอีก 21 ตัวชี้วัด");
        String table = html.substring(html.indexOf("ตัวชี้วัดที่ต่ำกว่าเป้าหมาย ("), html.indexOf("และอีก 21"));
        assertThat(Pattern.compile("<tr>\\s*<td>").matcher(table).results().count()).isEqualTo(5);
        assertThat(html).contains("ตัวชี้วัดที่ต่ำกว่าเป้าหมาย (ต.ค. ๖๘ – พ.ค. ๖๙)");
        assertThat(html).contains("เทียบเป้าหมายคณะรัฐมนตรีไตรมาสที่ <span>3</span>").contains("ต่ำกว่าเป้าหมาย");
        assertThat(html).contains("หน่วยงานที่ยังไม่รายงาน (69)").contains("พณจ.กระบี่").doesNotContain(">กยผ.,<");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    @Test
    void thePublicVersionKeepsTheUnitsWordsOnlyWhereTheyAllowedIt() throws IOException {
        String internal = shown(written.summaryHtml());
        String open = shown(written.publicHtml());
        assertThat(open).contains("สรุปผลการดำเนินงาน (ฉบับเผยแพร่)").contains(">26<").contains("และอีก 21 ตัวชี้วัด")
                .doesNotContain("หน่วยงานที่ยังไม่รายงาน");
        // The five listed: กตน. KTN-01, พิษณุโลก MOC-ST-01 and กบบ. KBB-01 allow their words on the website;
        // สงขลา and ชลบุรี PCO-05 do not.
        assertThat(count(internal, "ฤดูเก็บเกี่ยว")).isEqualTo(5);
        assertThat(count(open, "ฤดูเก็บเกี่ยว")).isEqualTo(3);
        assertThat(written.publicPdf()).exists();
    }

    /**
     * The PDF's text, as poppler extracts it: the Thai marks kept with their letters, the words whole (where
     * lines break: {@link SummaryPdfMatchesBrowserTest}).
     */
    @Test
    void thePdfKeepsThaiMarksAndWords() throws IOException, InterruptedException {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        assertThat(Files.isExecutable(pdftotext)).as("poppler-utils is needed (.ci/run installs it)").isTrue();
        String text = run(pdftotext.toString(), written.summaryPdf().toString(), "-");
        // (poppler may put a space after a tone mark, as in "เป้ าหมาย": these are words it keeps whole.)
        assertThat(text).contains("สำนักงานปลัดกระทรวงพาณิชย์").contains("ผู้บริหาร").contains("ร้อยละ 63.93")
                .contains("ต่ำกว่า").contains("พณจ.กระบี่");
    }

    /** The page without the spans that keep each Thai word on one line ({@link ThaiWordSpans}). */
    private static String shown(Path html) throws IOException {
        return Files.readString(html).replace("<wbr>", "").replaceAll("<span class=\"w\">([^<]*)</span>", "$1");
    }

    private static long count(String text, String word) {
        return Pattern.compile(Pattern.quote(word)).matcher(text).results().count();
    }

    @Test
    void thePdfIsOnePageWithItsThaiFontEmbeddedAndDrawsAsARealPage() throws IOException, InterruptedException {
        assertThat(written.summaryProblem()).isNull();
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        assertThat(Files.isExecutable(pdftoppm)).as("poppler-utils is needed (.ci/run installs it)").isTrue();
        assertThat(run("/usr/bin/pdfinfo", written.summaryPdf().toString())).containsPattern("Pages:\\s+1\\n");
        // Name, type, encoding, then "emb" yes: the Thai font travels with the file.
        assertThat(run("/usr/bin/pdffonts", written.summaryPdf().toString())).containsPattern("Laksaman\\s.*\\syes\\s");
        Process p = new ProcessBuilder(pdftoppm.toString(), "-r", "50", "-png", "-singlefile",
                written.summaryPdf().toString(), dir.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        BufferedImage page = ImageIO.read(dir.resolve("page.png").toFile());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(dir.resolve("page.png"), Path.of("target/screenshots/summary-pdf.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long ink = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 600) {
                    ink++;
                }
            }
        }
        double share = (double) ink / (page.getWidth() * page.getHeight());
        assertThat(share).as("share of the page that is not blank paper").isBetween(0.02, 0.6);
    }
}
