package th.go.moc.ops.sor301hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's openpyxl (python3-openpyxl, installed by .ci/run) as a second, independent reader of the
 * feedback workbooks: it sees fills, comments and links the way another office program would.
 */
public final class Openpyxl {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path FEEDBACK = Path.of("src/test/resources/openpyxl_feedback.py");
    private static final Path FORM = Path.of("src/test/resources/openpyxl_form.py");

    private Openpyxl() {
    }

    /** A feedback workbook: its sheets, every commented cell with its fill, the summary rows, the changes. */
    public static Map<String, Object> readFeedback(Path workbook) throws IOException, InterruptedException {
        return run(FEEDBACK, workbook);
    }

    /** The consolidated workbook: sheet order, merged ranges, print setup and footer, every cell's text. */
    public static Map<String, Object> readForm(Path workbook) throws IOException, InterruptedException {
        return run(FORM, workbook);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Path script, Path workbook) throws IOException, InterruptedException {
        assertThat(available()).as("Debian's python3-openpyxl is needed (.ci/run installs it)").isTrue();
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), workbook.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("openpyxl could not read " + workbook + ": " + err);
        }
        return JsonMapper.builder().build().readValue(out, Map.class);
    }

    static boolean available() throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import openpyxl").start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
