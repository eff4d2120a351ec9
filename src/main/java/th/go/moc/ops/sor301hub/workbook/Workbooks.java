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
}
