package th.go.moc.ops.sor301hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * LibreOffice, driven through UNO (Debian's python3-uno, installed by .ci/run), as the judge of row heights:
 * for every row of every sheet it works out the height the row's wrapped texts need in the fonts it has, and
 * reports the rows given less (whose last lines would print cut off), with each sheet's print-title rows.
 */
public final class LibreOfficeRows {

    private static final Path SCRIPT = Path.of("src/test/resources/libreoffice_clipped.py");

    private LibreOfficeRows() {
    }

    /** {"clipped": [{sheet, row, given, needed, text}…], "titleRows": {sheet: [first, last] or null}}, rows from 0. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> check(Path workbook, Path profile) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import uno").start();
        assertThat(probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0)
                .as("Debian's python3-uno and LibreOffice are needed (.ci/run installs python3-uno, libreoffice-calc)").isTrue();
        Process p = new ProcessBuilder("/usr/bin/python3", SCRIPT.toString(), workbook.toString(), profile.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("LibreOffice could not measure " + workbook + ": " + err);
        }
        return JsonMapper.builder().build().readValue(out, Map.class);
    }
}
