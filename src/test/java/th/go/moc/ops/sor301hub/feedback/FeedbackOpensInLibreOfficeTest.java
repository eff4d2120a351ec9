package th.go.moc.ops.sor301hub.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.batch.BatchCommand;

/**
 * Every kind of feedback workbook the service writes — for each sample (xlsx and xls, accepted and
 * rejected), for each rule, and for a file that is no workbook — opens in LibreOffice: converted to PDF
 * headless, each PDF has pages.
 */
class FeedbackOpensInLibreOfficeTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @TempDir
    Path dir;

    @Test
    void everyFeedbackWorkbookConvertsToAPdfWithPages() throws Exception {
        assertThat(Files.isExecutable(SOFFICE)).as("LibreOffice is needed (.ci/run installs libreoffice-calc)").isTrue();
        Path inbox = dir.resolve("inbox");
        Fixtures.copySamples(inbox);
        Files.writeString(inbox.resolve("kyp").resolve("บันทึก.xlsx"), "ไม่ใช่ไฟล์ Excel");
        int exit = BatchCommand.run(new String[] {"batch", "--inbox", inbox.toString(), "--out", dir.resolve("out").toString(),
            "--period", "2569-05"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(BatchCommand.SOME_REJECTED);
        List<Path> workbooks = new ArrayList<>(files(dir.resolve("out/feedback")));
        for (FeedbackForEveryRuleTest.Case c : FeedbackForEveryRuleTest.cases().toList()) {
            workbooks.add(FeedbackForEveryRuleTest.feedbackFor(c, dir.resolve("rules")));
        }
        assertThat(workbooks).hasSizeGreaterThan(22 + 20);
        assertThat(workbooks).anyMatch(p -> p.toString().endsWith(".xls"));

        // LibreOffice wants distinct names in one output folder: copy each in under a number.
        Path in = Files.createDirectories(dir.resolve("convert"));
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "-env:UserInstallation=file://"
                + dir.resolve("lo-profile").toAbsolutePath(), "--headless", "--convert-to", "pdf", "--outdir",
                dir.resolve("pdf").toString()));
        for (int i = 0; i < workbooks.size(); i++) {
            String name = workbooks.get(i).getFileName().toString();
            Path copy = in.resolve(i + name.substring(name.lastIndexOf('.')));
            Files.copy(workbooks.get(i), copy);
            command.add(copy.toString());
        }
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(soffice.waitFor(10, TimeUnit.MINUTES)).isTrue();

        for (int i = 0; i < workbooks.size(); i++) {
            Path pdf = dir.resolve("pdf").resolve(i + ".pdf");
            assertThat(pdf).as(workbooks.get(i) + " converted (" + log + ")").exists();
            String content = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            assertThat(content).as(workbooks.get(i).toString()).startsWith("%PDF");
            Matcher pages = PAGE.matcher(content);
            assertThat(pages.find()).as(workbooks.get(i) + " has a page").isTrue();
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
