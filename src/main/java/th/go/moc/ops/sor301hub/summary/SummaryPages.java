package th.go.moc.ops.sor301hub.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The executive summary as a page of HTML and as a PDF of the same page, printed by Chromium
 * ({@link ChromiumPdf}), which shapes Thai and breaks lines between words. The page asks for a Thai font that
 * may be redistributed (Laksaman, from Debian's fonts-tlwg-laksaman-ttf, a free relative of TH Sarabun), which
 * the PDF embeds. Rendered with a Thymeleaf engine of its own, so that batch mode, which starts no web server,
 * writes it too.
 */
public final class SummaryPages {

    /** Where Debian's fonts-tlwg-laksaman-ttf puts the font; a setting may point elsewhere. */
    public static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/tlwg/Laksaman.ttf");

    // The Spring flavour evaluates with SpEL, which is on the class path; plain Thymeleaf would need OGNL.
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    private final Path font;
    private final ChromiumPdf pdf = new ChromiumPdf(ChromiumPdf.DEFAULT_CHROMIUM);

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
        return ThaiWordSpans.apply(engine.process("executive", context));
    }

    public void writeHtml(ExecutiveSummary summary, Path file) throws IOException {
        Files.writeString(file, html(summary), StandardCharsets.UTF_8);
    }

    /**
     * @throws IOException when the Thai font or Chromium is missing: a PDF without the font would show boxes, and
     *                     without a shaping renderer the marks would be misplaced
     */
    public void writePdf(ExecutiveSummary summary, Path file) throws IOException {
        if (!Files.isRegularFile(font)) {
            throw new IOException("the Thai font " + font + " is missing: install Debian's fonts-tlwg-laksaman-ttf"
                    + " / ไม่พบฟอนต์ภาษาไทย " + font);
        }
        pdf.print(html(summary), file);
    }
}
