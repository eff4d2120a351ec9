package th.go.moc.ops.sor301hub.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.HeadlessChromium;
import th.go.moc.ops.sor301hub.report.MonthData;
import th.go.moc.ops.sor301hub.report.MonthOutputs;
import th.go.moc.ops.sor301hub.setup.Components;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/**
 * The summary PDFs look like their HTML in a browser: every page, drawn by poppler, is compared pixel by pixel
 * with the same HTML drawn by Chromium for print, so a mark placed wrongly, a line broken elsewhere or a
 * missing word shows as ink where there should be none. A deliberately broken PDF (the marks cut off their
 * letters) must fail the same comparison. And no line of the PDF ends inside a Thai word, as the JDK's
 * dictionary reads it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryPdfMatchesBrowserTest {

    /** A4 at 96 dpi, less the page's margins (10 mm top and bottom, 12 mm left and right), in CSS pixels. */
    private static final int CONTENT_WIDTH = 703;
    private static final int CONTENT_HEIGHT = 1047;
    private static final int LEFT = 45;
    private static final int TOP = 38;
    /**
     * Share of the strokes that may differ between the two drawings. Measured: 0 for both PDFs; 0.0078 for the
     * summary with its marks placed as without shaping.
     */
    private static final double SAME = 0.002;
    /** The core of a stroke, and the faintest edge of one (light backgrounds and borders stay below both). */
    private static final int CORE = 110;
    private static final int FAINT = 215;

    private Path dir;
    private MonthOutputs.Written written;
    private ChromeDriver browser;

    @BeforeAll
    void writeTheSampleMonth(@TempDir Path dir) throws IOException {
        this.dir = dir;
        Components components = Fixtures.components();
        List<UnitMonth> units = Fixtures.sampleMonth();
        FiscalPeriod may = new FiscalPeriod(2569, 8);
        written = components.outputs().write(new MonthData(may, units,
                components.notReported(may, units.stream().map(UnitMonth::unitId).toList())), dir.resolve("out"));
        assertThat(written.summaryProblem()).isNull();
        browser = HeadlessChromium.start(dir.resolve("chromium"), 1200, 1200);
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageOfBothPdfsLooksLikeTheBrowsersPrintOfTheirHtml() throws Exception {
        for (Path[] pair : new Path[][] {{written.summaryHtml(), written.summaryPdf()}, {written.publicHtml(), written.publicPdf()}}) {
            BufferedImage browserPages = browserPrint(pair[0]);
            List<BufferedImage> pdfPages = pages(pair[1]);
            assertThat(pdfPages).isNotEmpty();
            assertThat(pdfPages.size()).as("pages of %s", pair[1].getFileName())
                    .isEqualTo((browserPages.getHeight() + CONTENT_HEIGHT - 1) / CONTENT_HEIGHT);
            for (int p = 0; p < pdfPages.size(); p++) {
                double differs = difference(pdfPages.get(p), browserPages, p);
                System.out.printf("%s page %d: %.4f of the ink differs%n", pair[1].getFileName(), p + 1, differs);
                assertThat(differs).as("%s page %d against the browser's print", pair[1].getFileName(), p + 1)
                        .isLessThan(SAME);
            }
        }
    }

    @Test
    void aPdfWithItsMarksMisplacedFailsTheComparison() throws Exception {
        String html = Files.readString(written.summaryHtml(), StandardCharsets.UTF_8);
        // The font's mark positioning and glyph composition turned off: the vowels and tone marks above and
        // below their letters land where a renderer without Thai shaping puts them.
        String broken = html.replaceFirst("</style>",
                "* { font-feature-settings: \"mark\" 0, \"mkmk\" 0, \"ccmp\" 0, \"locl\" 0, \"liga\" 0; }</style>");
        Path pdf = dir.resolve("broken.pdf");
        new ChromiumPdf(ChromiumPdf.DEFAULT_CHROMIUM).print(broken, pdf);
        double differs = difference(pages(pdf).get(0), browserPrint(written.summaryHtml()), 0);
        System.out.printf("misplaced marks: %.4f of the ink differs%n", differs);
        assertThat(differs).isGreaterThan(SAME * 2);
    }

    @Test
    void noLineOfThePdfEndsInsideAThaiWord() throws IOException, InterruptedException {
        for (Path pdf : List.of(written.summaryPdf(), written.publicPdf())) {
            List<List<String>> blocks = lineBlocks(pdf);
            int joins = 0;
            for (List<String> lines : blocks) {
                for (int i = 0; i + 1 < lines.size(); i++) {
                    String before = lastThai(lines.get(i));
                    String after = firstThai(lines.get(i + 1));
                    if (before.isEmpty() || after.isEmpty()) {
                        continue;
                    }
                    joins++;
                    String joined = before + after;
                    BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
                    words.setText(joined);
                    assertThat(words.isBoundary(before.length()))
                            .as("%s: a line ends \"…%s\" and the next starts \"%s…\"", pdf.getFileName(), before, after)
                            .isTrue();
                    for (String word : List.of("ออนไลน์", "ตัวชี้วัด", "มิ.ย.", "พ.ค.")) {
                        int at = joined.indexOf(word);
                        assertThat(at < 0 || at >= before.length() || at + word.length() <= before.length())
                                .as("%s: \"%s\" split between lines in \"%s|%s\"", pdf.getFileName(), word, before, after)
                                .isTrue();
                    }
                }
            }
            assertThat(joins).as("Thai text wraps onto a next line somewhere in %s", pdf.getFileName()).isPositive();
        }
    }

    /** The HTML drawn by Chromium as for print, as wide as the page's text: every page, one under the other. */
    private BufferedImage browserPrint(Path html) throws IOException {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", CONTENT_WIDTH,
                "height", CONTENT_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        browser.get(html.toUri().toString());
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Number height = (Number) ((Map<String, Object>) metrics.get("cssContentSize")).get("height");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", CONTENT_WIDTH,
                        "height", Math.ceil(height.doubleValue()), "scale", 1)));
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) shot.get("data"))));
    }

    /** Each page of the PDF drawn by poppler at 96 dpi. */
    private List<BufferedImage> pages(Path pdf) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory(dir, "pages");
        run("/usr/bin/pdftoppm", "-r", "96", "-png", pdf.toString(), out.resolve("page").toString());
        List<BufferedImage> pages = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path png : files.sorted().toList()) {
                pages.add(ImageIO.read(png.toFile()));
            }
        }
        return pages;
    }

    /**
     * The share of ink (dark pixels) of the PDF page's text area and of the browser's page {@code index} that has
     * no ink within a pixel in the other, at the best alignment within a few pixels (the margins round).
     */
    private static double difference(BufferedImage pdfPage, BufferedImage browser, int index) {
        int height = Math.min(CONTENT_HEIGHT, browser.getHeight() - index * CONTENT_HEIGHT);
        int[][] b = luma(browser, 0, index * CONTENT_HEIGHT, CONTENT_WIDTH, height);
        double best = 1;
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                best = Math.min(best, mismatch(luma(pdfPage, LEFT + dx, TOP + dy, CONTENT_WIDTH, height), b));
            }
        }
        return best;
    }

    /** Each pixel's lightness, 0 (black) to 255 (white); white beyond the image. */
    private static int[][] luma(BufferedImage image, int x0, int y0, int width, int height) {
        int[][] luma = new int[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int px = x0 + x;
                int py = y0 + y;
                luma[y][x] = 255;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()) {
                    int rgb = image.getRGB(px, py);
                    luma[y][x] = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                }
            }
        }
        return luma;
    }

    /**
     * The share of the strokes' cores (dark pixels) in either drawing with no ink at all, not even the faint
     * edge of a stroke, within a pixel in the other: edges drawn a little differently do not count, a mark
     * drawn elsewhere does.
     */
    private static double mismatch(int[][] a, int[][] b) {
        long cores = 0;
        long lonely = 0;
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[y].length; x++) {
                if (a[y][x] < CORE) {
                    cores++;
                    lonely += near(b, x, y) ? 0 : 1;
                }
                if (b[y][x] < CORE) {
                    cores++;
                    lonely += near(a, x, y) ? 0 : 1;
                }
            }
        }
        return cores == 0 ? 1 : (double) lonely / cores;
    }

    private static boolean near(int[][] luma, int x, int y) {
        for (int yy = Math.max(0, y - 1); yy <= Math.min(luma.length - 1, y + 1); yy++) {
            for (int xx = Math.max(0, x - 1); xx <= Math.min(luma[yy].length - 1, x + 1); xx++) {
                if (luma[yy][xx] < FAINT) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern BLOCK = Pattern.compile("<block[^>]*>(.*?)</block>", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile(
            "<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">(.*?)</line>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("<word[^>]*>(.*?)</word>", Pattern.DOTALL);
    /** poppler puts a space after some marks ("เป้ าหมาย"): not a space the page has. */
    private static final Pattern SPACE_AFTER_MARK = Pattern.compile("([\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]) ");

    /**
     * The PDF's paragraphs as poppler finds them, each as its lines: lines of a block that start at the same left
     * edge, each right under the one before. (poppler may put side-by-side table cells in one block.)
     */
    private List<List<String>> lineBlocks(Path pdf) throws IOException, InterruptedException {
        Path xml = dir.resolve(pdf.getFileName() + ".bbox.html");
        run("/usr/bin/pdftotext", "-bbox-layout", pdf.toString(), xml.toString());
        String text = Files.readString(xml, StandardCharsets.UTF_8);
        List<List<String>> paragraphs = new ArrayList<>();
        for (Matcher block = BLOCK.matcher(text); block.find(); ) {
            List<String> lines = new ArrayList<>();
            double[] previous = null;
            for (Matcher line = LINE.matcher(block.group(1)); line.find(); ) {
                double[] box = {Double.parseDouble(line.group(1)), Double.parseDouble(line.group(2)),
                    Double.parseDouble(line.group(3))};
                boolean continues = previous != null && Math.abs(box[0] - previous[0]) < 2
                        && box[1] - previous[1] < 1.6 * (previous[2] - previous[1]);
                if (!continues && !lines.isEmpty()) {
                    paragraphs.add(lines);
                    lines = new ArrayList<>();
                }
                List<String> words = new ArrayList<>();
                for (Matcher word = WORD.matcher(line.group(4)); word.find(); ) {
                    words.add(word.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
                }
                lines.add(SPACE_AFTER_MARK.matcher(String.join(" ", words)).replaceAll("$1"));
                previous = box;
            }
            paragraphs.add(lines);
        }
        return paragraphs;
    }

    /** The Thai letters (and dots of an abbreviation) that end the line, or "" when it ends otherwise. */
    private static String lastThai(String line) {
        Matcher m = Pattern.compile("[\\u0E01-\\u0E5B.]*[\\u0E01-\\u0E5B][\\u0E01-\\u0E5B.]*$").matcher(line);
        return m.find() ? m.group() : "";
    }

    private static String firstThai(String line) {
        Matcher m = Pattern.compile("^[\\u0E01-\\u0E5B][\\u0E01-\\u0E5B.]*").matcher(line);
        return m.find() ? m.group() : "";
    }

    private static void run(String... command) throws IOException, InterruptedException {
        assertThat(Files.isExecutable(Path.of(command[0]))).as("poppler-utils is needed (.ci/run installs it)").isTrue();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0).as(String.join(" ", command) + ": " + log).isTrue();
    }
}
