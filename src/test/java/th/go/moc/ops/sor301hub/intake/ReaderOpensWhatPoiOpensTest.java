package th.go.moc.ops.sor301hub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;

/**
 * Files that Apache POI (and Excel, LibreOffice) open although they are written unusually, made here from the
 * sample workbooks: the service reads them as it reads the originals. Excel 95 and older files are named as such.
 */
class ReaderOpensWhatPoiOpensTest {

    @TempDir
    Path dir;

    private final SubmissionReader reader = Fixtures.reader();

    @Test
    void anXlsxWhosePartsAreNamedWithBackslashesAndOtherCapitals() throws IOException {
        Path original = Fixtures.sample("kyp");
        Path odd = dir.resolve("backslash.xlsx");
        try (ZipFile in = new ZipFile(original.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(odd))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                String name = e.getName().replace('/', '\\');
                out.putNextEntry(new ZipEntry(name.equals("xl\\workbook.xml") ? "XL\\Workbook.xml" : name));
                try (InputStream part = in.getInputStream(e)) {
                    part.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertReadAlike(original, odd, "kyp");
    }

    @Test
    void anXlsWhoseWorkbookStreamIsNamedInCapitals() throws IOException {
        Path original = Fixtures.sample("pco-lampang");
        assertThat(original.toString()).endsWith(".xls");
        for (String stream : new String[] {"WORKBOOK", "BOOK"}) {
            Path odd = dir.resolve(stream + ".xls");
            Files.write(odd, withWorkbookStream(Files.readAllBytes(original), stream, null));
            try (HSSFWorkbook poi = new HSSFWorkbook(Files.newInputStream(odd))) {
                assertThat(poi.getNumberOfSheets()).as("POI opens " + stream).isPositive();
            }
            assertReadAlike(original, odd, "pco-lampang");
        }
    }

    @Test
    void anXlsWhoseCellsPointToStyleRecordsItLacks() throws IOException {
        Path original = Fixtures.sample("pco-lampang");
        Path odd = dir.resolve("no-style.xls");
        Files.write(odd, withWorkbookStream(Files.readAllBytes(original), "Workbook", ReaderOpensWhatPoiOpensTest::breakStyles));
        try (HSSFWorkbook poi = new HSSFWorkbook(Files.newInputStream(odd))) {
            assertThat(poi.getNumberOfSheets()).as("POI opens it").isPositive();
        }
        CheckedSubmission read = reader.read(odd, odd.getFileName().toString(), "pco-lampang");
        assertThat(read.errors()).extracting(p -> p.rule()).doesNotContain("FILE_UNREADABLE");
        assertThat(read.lines()).hasSameSizeAs(reader.read(original, "x.xls", "pco-lampang").lines());
    }

    @Test
    void excel95AndOlderAreNamedSoTheUnitCanSaveAgain() throws IOException {
        Path biff5 = dir.resolve("excel95.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(biff5)) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {0x09, 0x08, 0x08, 0, 0, 5, 0x10, 0}), "Book");
            fs.writeFilesystem(out);
        }
        Path biff4 = Files.write(dir.resolve("excel4.xls"), new byte[] {0x09, 0x04, 0x06, 0, 0, 0, 0x10, 0, 0, 0});
        for (Path old : new Path[] {biff5, biff4}) {
            CheckedSubmission read = reader.read(old, old.getFileName().toString(), "kyp");
            assertThat(read.errors()).singleElement().satisfies(p -> {
                assertThat(p.message().th()).contains("Excel รุ่นเก่า").contains(old.getFileName().toString());
                assertThat(p.message().en()).contains("old Excel format").contains("save it as .xlsx");
            });
        }
    }

    private void assertReadAlike(Path original, Path odd, String folder) {
        CheckedSubmission expected = reader.read(original, "original", folder);
        CheckedSubmission read = reader.read(odd, odd.getFileName().toString(), folder);
        assertThat(read.errors()).extracting(p -> p.rule()).doesNotContain("FILE_UNREADABLE");
        assertThat(read.lines()).hasSameSizeAs(expected.lines()).isNotEmpty();
        assertThat(read.lines().get(0).indicator().name()).isEqualTo(expected.lines().get(0).indicator().name());
        assertThat(read.lines().get(0).result()).isEqualTo(expected.lines().get(0).result());
    }

    /** The .xls again, its workbook stream under another name and, if given, its records changed. */
    private static byte[] withWorkbookStream(byte[] xls, String streamName, java.util.function.UnaryOperator<byte[]> change)
            throws IOException {
        byte[] stream;
        try (POIFSFileSystem in = new POIFSFileSystem(new ByteArrayInputStream(xls));
             DocumentInputStream doc = in.createDocumentInputStream("Workbook")) {
            stream = doc.readAllBytes();
        }
        if (change != null) {
            stream = change.apply(stream);
        }
        try (POIFSFileSystem out = new POIFSFileSystem(); java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
            out.createDocument(new ByteArrayInputStream(stream), streamName);
            out.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** Points every number cell (NUMBER and RK records) at a style record number the workbook does not have. */
    private static byte[] breakStyles(byte[] stream) {
        ByteBuffer b = ByteBuffer.wrap(stream.clone()).order(ByteOrder.LITTLE_ENDIAN);
        int changed = 0;
        for (int at = 0; at + 4 <= b.limit(); ) {
            int sid = Short.toUnsignedInt(b.getShort(at));
            int length = Short.toUnsignedInt(b.getShort(at + 2));
            if (sid == 0x0203 || sid == 0x027E) {
                b.putShort(at + 4 + 4, (short) 0x0FFF);
                changed++;
            }
            at += 4 + length;
        }
        assertThat(changed).as("number cells found").isPositive();
        return b.array();
    }
}
