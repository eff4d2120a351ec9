package th.go.moc.ops.sor301hub.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Fixtures;

/** A workbook is taken at once only when it has been written to its end. */
class CompleteZipTest {

    @TempDir
    Path dir;

    @Test
    void aWholeWorkbookIsComplete() {
        assertThat(CompleteZip.isComplete(Fixtures.sample("kyp"))).isTrue();
    }

    @Test
    void aCopyCutShortAnywhereIsNot() throws IOException {
        byte[] whole = Files.readAllBytes(Fixtures.sample("kyp"));
        for (int length : new int[] {0, 10, whole.length / 3, whole.length / 2, whole.length - 23, whole.length - 1}) {
            Path part = Files.write(dir.resolve("part" + length + ".xlsx"), Arrays.copyOf(whole, length));
            assertThat(CompleteZip.isComplete(part)).as("first %d of %d bytes", length, whole.length).isFalse();
        }
    }

    @Test
    void aCopyThatSetItsSizeFirstIsNotCompleteUntilItsLastBytesArrive() throws IOException {
        byte[] whole = Files.readAllBytes(Fixtures.sample("kyp"));
        byte[] preallocated = Arrays.copyOf(Arrays.copyOf(whole, whole.length - 4096), whole.length);
        assertThat(CompleteZip.isComplete(Files.write(dir.resolve("pre.xlsx"), preallocated))).isFalse();
    }

    @Test
    void aZipWithACommentIsComplete() throws IOException {
        Path file = dir.resolve("commented.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.setComment("บันทึกโดย Excel");
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
            zip.closeEntry();
        }
        assertThat(CompleteZip.isComplete(file)).isTrue();
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length - 3));
        assertThat(CompleteZip.isComplete(cut)).isFalse();
    }
}
