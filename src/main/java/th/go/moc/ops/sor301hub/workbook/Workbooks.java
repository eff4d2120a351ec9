package th.go.moc.ops.sor301hub.workbook;

import java.nio.file.Path;

/** Opens any workbook a unit may send, or says in Thai and English why it cannot. */
public final class Workbooks {

    private Workbooks() {
    }

    /** @throws UnreadableWorkbookException with the reason and what the unit should do */
    public static WorkbookSource open(Path file) {
        byte[] head = FormatDetector.head(file);
        // A zip is opened once, to tell what it holds and to read it.
        if (FormatDetector.isZip(head)) {
            return XlsxSource.open(file);
        }
        WorkbookFormat format = FormatDetector.notZipFormat(file, head);
        return switch (format) {
            case XLS -> XlsSource.open(file);
            default -> throw UnreadableWorkbookException.of(format, file.getFileName().toString(), null);
        };
    }

    /** The names a spreadsheet goes by, in lower case. */
    private static final java.util.Set<String> SPREADSHEET_EXTENSIONS = java.util.Set.of("xlsx", "xlsm", "xls", "xlsb",
            "ods", "csv", "xlt", "xltx");

    /**
     * Whether a file could be a unit's workbook: named like a spreadsheet, or starting as one does (a zip, an
     * OLE2 compound file, an old BIFF record) whatever its name. A README, a .json or a .txt that is none of
     * these is not someone's report and is passed over, not rejected; a "report.xlsx" that holds text is.
     */
    public static boolean mayBeAWorkbook(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && SPREADSHEET_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        byte[] head = FormatDetector.head(file);
        return FormatDetector.isZip(head) || FormatDetector.isOle2(head) || FormatDetector.isOldBiff(head);
    }
}
