package th.go.moc.ops.sor301hub.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.samples.LargeSheet;

/** A sheet of a million rows is read in one streaming pass within a 256 MB heap. */
class MillionRowSheetTest {

    private static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void readsAMillionRowsUnderA256MegabyteHeap() throws IOException, InterruptedException {
        Path file = LargeSheet.write(dir.resolve("ล้านแถว.xlsx"), ROWS);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), RowCountProbe.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        boolean finished = probe.waitFor(5, TimeUnit.MINUTES);
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).isTrue();
        assertThat(probe.exitValue()).as(output).isZero();
        // Three title and header rows, then the data; column F cycles 8..12 over the rows up to พ.ค.
        long expectedSum = 0;
        for (int i = 0; i < ROWS; i++) {
            expectedSum += i % 12 < LargeSheet.REPORTED_MONTHS ? 8 + i % 5 : 0;
        }
        assertThat(output).contains("rows=" + (ROWS + 3) + " sum=" + expectedSum);
    }
}
