package th.go.moc.ops.sor301hub.summary;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The executive summary as a page of HTML and as a PDF of the same page. The PDF embeds a Thai font
 * that may be redistributed (Laksaman, from Debian's fonts-thai-tlwg, a free relative of TH Sarabun) and
 * breaks Thai lines between words. Rendered with a Thymeleaf engine of its own, so that batch mode, which
 * starts no web server, writes it too.
 */
public final class SummaryPages {

    /** Where Debian's fonts-tlwg-laksaman-ttf puts the font; a setting may point elsewhere. */
    public static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/tlwg/Laksaman.ttf");

    // The Spring flavour evaluates with SpEL, which is on the class path; plain Thymeleaf would need OGNL.
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    static {
        // openhtmltopdf reports every font it loads at INFO; only its warnings are worth a line in the log.
        java.util.logging.Logger.getLogger("com.openhtmltopdf").setLevel(java.util.logging.Level.WARNING);
    }
    private final Path font;

    public SummaryPages(Path font) {
        this.font = font;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/summary/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    public String html(ExecutiveSummary summary) {
        Context context = new Context(java.util.Locale.forLanguageTag("th-TH"), Map.of("s", summary));
        return engine.process("executive", context);
    }

    public void writeHtml(ExecutiveSummary summary, Path file) throws IOException {
        Files.writeString(file, html(summary), StandardCharsets.UTF_8);
    }

    /** @throws IOException when the Thai font is missing: a PDF without it would show boxes, not Thai */
    public void writePdf(ExecutiveSummary summary, Path file) throws IOException {
        if (!Files.isRegularFile(font)) {
            throw new IOException("the Thai font " + font + " is missing: install Debian's fonts-thai-tlwg"
                    + " (or set hub.summary-font) / ไม่พบฟอนต์ภาษาไทย " + font);
        }
        Path bold = font.resolveSibling(font.getFileName().toString().replace(".ttf", "-Bold.ttf"));
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font.toFile(), "Laksaman", 400, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder
                    .FontStyle.NORMAL, true);
            if (Files.isRegularFile(bold)) {
                builder.useFont(bold.toFile(), "Laksaman", 700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder
                        .FontStyle.NORMAL, true);
            }
            builder.useUnicodeLineBreaker(new ThaiLineBreaker());
            builder.withHtmlContent(html(summary), null);
            builder.toStream(out);
            builder.run();
        }
    }
}
