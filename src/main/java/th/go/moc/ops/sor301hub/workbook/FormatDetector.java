package th.go.moc.ops.sor301hub.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Tells what a file is from its bytes, never from its name: units rename files freely. */
final class FormatDetector {

    private FormatDetector() {
    }

    /**
     * What a file that is no zip is: a legacy .xls, an encrypted workbook, text, or unknown.
     *
     * @param head the file's first bytes, as {@link #head} reads them
     */
    static WorkbookFormat notZipFormat(Path file, byte[] head) {
        if (head.length == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return ole2Format(file);
        }
        return looksLikeText(file) ? WorkbookFormat.CSV : WorkbookFormat.UNKNOWN;
    }

    /** Up to the first eight bytes; none for a file that cannot be read. */
    static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** What a zip holds: an Excel workbook (with or without macros), an Excel binary, an OpenDocument, or else. */
    static WorkbookFormat zipFormat(XlsxPackage pkg) {
        if (pkg.has("xl/workbook.bin")) {
            return WorkbookFormat.XLSB;
        }
        if (pkg.has("mimetype")) {
            return WorkbookFormat.ODS;
        }
        if (!pkg.has("xl/workbook.xml")) {
            return WorkbookFormat.UNKNOWN;
        }
        if (pkg.has("[Content_Types].xml")) {
            try (InputStream in = pkg.open("[Content_Types].xml")) {
                String text = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
                if (text.contains("sheet.macroEnabled")) {
                    return WorkbookFormat.XLSM;
                }
            } catch (IOException e) {
                // Whether it has macros does not matter to reading it (they are never run).
            }
        }
        return WorkbookFormat.XLSX;
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
