package th.go.moc.ops.sor301hub.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * Prints an HTML page to PDF with Chromium (Debian's {@code chromium}, headless). Thai needs a real text
 * shaper: tone marks and vowels above and below a consonant are placed by HarfBuzz, and lines break between
 * words by ICU's Thai dictionary, as in a browser; the fonts used are embedded. A Java renderer without
 * OpenType shaping (openhtmltopdf, used before) misplaced every mark. Chromium runs with no network, no
 * profile kept and no sandbox it could not have as a service user.
 */
final class ChromiumPdf {

    /** Where Debian's chromium package puts the browser. */
    static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path chromium;

    ChromiumPdf(Path chromium) {
        this.chromium = chromium;
    }

    /** @throws IOException when Chromium is missing or fails: the message says so in Thai and English */
    void print(String html, Path pdf) throws IOException {
        if (!Files.isExecutable(chromium)) {
            throw new IOException("Chromium " + chromium + " is missing: install Debian's chromium to write the summary"
                    + " PDF / ไม่พบโปรแกรม Chromium สำหรับสร้างไฟล์ PDF");
        }
        Path work = Files.createTempDirectory("sor301-pdf");
        try {
            Path page = Files.writeString(work.resolve("page.html"), html, StandardCharsets.UTF_8);
            Path out = work.resolve("page.pdf");
            Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions", "--no-pdf-header-footer",
                    "--user-data-dir=" + work.resolve("profile"), "--print-to-pdf=" + out, page.toUri().toString()))
                    .redirectErrorStream(true).redirectOutput(work.resolve("chromium.log").toFile()).start();
            boolean ended;
            try {
                ended = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ended = false;
            }
            if (!ended) {
                p.destroyForcibly();
                throw new IOException("Chromium did not finish the PDF within " + TIMEOUT_SECONDS + " s"
                        + " / Chromium สร้างไฟล์ PDF ไม่เสร็จภายใน " + TIMEOUT_SECONDS + " วินาที");
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(out) || Files.size(out) == 0) {
                throw new IOException("Chromium could not print the PDF (exit " + p.exitValue() + ")"
                        + " / Chromium สร้างไฟล์ PDF ไม่สำเร็จ: " + tail(work.resolve("chromium.log")));
            }
            Files.copy(out, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() <= 500 ? text : text.substring(text.length() - 500);
    }
}
