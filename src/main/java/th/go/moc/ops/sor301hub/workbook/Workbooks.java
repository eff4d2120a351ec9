package th.go.moc.ops.sor301hub.workbook;

import java.nio.file.Path;

/** Opens any workbook a unit may send, or says in Thai and English why it cannot. */
public final class Workbooks {

    private Workbooks() {
    }

    /** @throws UnreadableWorkbookException with the reason and what the unit should do */
    public static WorkbookSource open(Path file) {
        WorkbookFormat format = FormatDetector.detect(file);
        String name = file.getFileName().toString();
        return switch (format) {
            case XLSX, XLSM -> XlsxSource.open(file, format);
            case XLS -> XlsSource.open(file);
            default -> throw UnreadableWorkbookException.of(format, name, null);
        };
    }
}
