package th.go.moc.ops.sor301hub.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Tells what a file is from its bytes, never from its name: units rename files freely. */
public final class FormatDetector {

    private FormatDetector() {
    }

    public static WorkbookFormat detect(Path file) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return WorkbookFormat.UNKNOWN;
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipFormat(file);
        }
        if (n == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return ole2Format(file);
        }
        return looksLikeText(file) ? WorkbookFormat.CSV : WorkbookFormat.UNKNOWN;
    }

    private static WorkbookFormat zipFormat(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.bin") != null) {
                return WorkbookFormat.XLSB;
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                return WorkbookFormat.ODS;
            }
            if (zip.getEntry("xl/workbook.xml") == null) {
                return WorkbookFormat.UNKNOWN;
            }
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types != null) {
                try (InputStream in = zip.getInputStream(types)) {
                    String text = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
                    if (text.contains("sheet.macroEnabled")) {
                        return WorkbookFormat.XLSM;
                    }
                }
            }
            return WorkbookFormat.XLSX;
        } catch (IOException e) {
            // A damaged zip is still meant as an xlsx: the reader gives the "damaged" reason.
            return WorkbookFormat.XLSX;
        }
    }

    private static WorkbookFormat ole2Format(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return WorkbookFormat.ENCRYPTED;
            }
            return fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")
                    ? WorkbookFormat.XLS : WorkbookFormat.UNKNOWN;
        } catch (IOException | RuntimeException e) {
            return WorkbookFormat.XLS;
        }
    }

    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] sample = in.readNBytes(4096);
            if (sample.length == 0) {
                return false;
            }
            for (byte b : sample) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
