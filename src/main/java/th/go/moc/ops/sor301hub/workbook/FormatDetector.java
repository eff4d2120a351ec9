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
        if (head.length == 8 && isOle2(head)) {
            return ole2Format(file);
        }
        if (isOldBiff(head)) {
            return WorkbookFormat.OLD_EXCEL;
        }
        return looksLikeText(file) ? WorkbookFormat.CSV : WorkbookFormat.UNKNOWN;
    }

    /**
     * Excel 2.x–4.0 (BIFF2–4) files are no OLE2 container: they start with their BOF record, id 0x0009, 0x0209,
     * 0x0409 or 0x0809 (little-endian), followed by its length (4, 6 or 8 … 16 bytes).
     */
    static boolean isOldBiff(byte[] head) {
        if (head.length < 4 || head[0] != 0x09 || head[3] != 0) {
            return false;
        }
        int version = head[1] & 0xFF;
        int length = head[2] & 0xFF;
        return (version == 0x00 || version == 0x02 || version == 0x04 || version == 0x08) && length >= 4 && length <= 16;
    }

    /** Up to the first eight bytes; none for a file that cannot be read. */
    static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** An OLE2 compound file (a legacy .xls, or an encrypted .xlsx), by its signature's first four bytes. */
    static boolean isOle2(byte[] head) {
        return head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
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
            // As POI decides: a workbook stream in any capitals is BIFF8; "Book" exactly is Excel 5.0/95 (BIFF5).
            if (fs.getRoot().hasEntryCaseInsensitive("Workbook")) {
                return WorkbookFormat.XLS;
            }
            if (fs.getRoot().hasEntry("Book")) {
                return WorkbookFormat.OLD_EXCEL;
            }
            return fs.getRoot().hasEntryCaseInsensitive("Book") ? WorkbookFormat.XLS : WorkbookFormat.UNKNOWN;
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
