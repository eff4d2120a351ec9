package th.go.moc.ops.sor301hub.workbook;

import java.io.Closeable;
import java.util.List;

/** An open workbook: its sheets, each read by streaming its rows to a handler. */
public interface WorkbookSource extends Closeable {

    WorkbookFormat format();

    List<SheetInfo> sheets();

    /**
     * Streams the rows of one sheet.
     *
     * @throws UnreadableWorkbookException when the sheet's data is damaged
     */
    void read(SheetInfo sheet, RowHandler handler);

    @Override
    void close();
}
