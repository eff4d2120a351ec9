package th.go.moc.ops.sor301hub.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads legacy .xls (BIFF8). Such files hold at most 65,536 rows, so the user model is fine here. */
final class XlsSource implements WorkbookSource {

    private final HSSFWorkbook workbook;
    private final List<SheetInfo> sheets = new ArrayList<>();

    private XlsSource(HSSFWorkbook workbook) {
        this.workbook = workbook;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(new SheetInfo(workbook.getSheetName(i), i,
                    workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
        }
    }

    static XlsSource open(Path file) {
        String name = file.getFileName().toString();
        try {
            POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
            return new XlsSource(new HSSFWorkbook(fs.getRoot(), true));
        } catch (EncryptedDocumentException e) {
            throw UnreadableWorkbookException.of(WorkbookFormat.ENCRYPTED, name, e);
        } catch (OldExcelFormatException e) {
            throw UnreadableWorkbookException.of(WorkbookFormat.OLD_EXCEL, name, e);
        } catch (Exception e) {
            throw UnreadableWorkbookException.of(WorkbookFormat.XLS, name, e);
        }
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLS;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public void read(SheetInfo info, RowHandler handler) {
        Sheet sheet = workbook.getSheetAt(info.position());
        for (Row row : sheet) {
            int width = Math.max(row.getLastCellNum(), 0);
            CellValue[] cells = new CellValue[width];
            boolean any = false;
            for (Cell cell : row) {
                CellValue value = value(cell, cell.getCellType());
                if (value != null) {
                    cells[cell.getColumnIndex()] = value;
                    any = true;
                }
            }
            if (any && !handler.row(new SheetRow(row.getRowNum(), row.getZeroHeight(), cells))) {
                return;
            }
        }
    }

    private static CellValue value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> {
                String s = cell.getStringCellValue();
                yield s == null || s.isEmpty() ? null : new CellValue.Text(s);
            }
            case NUMERIC -> number(cell);
            case BOOLEAN -> new CellValue.Bool(cell.getBooleanCellValue());
            case ERROR -> new CellValue.Error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            default -> null;
        };
    }

    /**
     * A number with what its format says (a date, a percentage). A workbook may lack the style records a
     * cell points to (POI opens it, and Excel shows the number plainly): then it is a plain number.
     */
    private static CellValue number(Cell cell) {
        double value = cell.getNumericCellValue();
        try {
            String fmt = cell.getCellStyle().getDataFormatString();
            return new CellValue.Number(value, NumberFormats.isDate(cell.getCellStyle().getDataFormat(), fmt),
                    NumberFormats.isPercent(fmt));
        } catch (RuntimeException missingStyle) {
            return new CellValue.Number(value, false, false);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (java.io.IOException e) {
            // read-only: nothing to flush
        }
    }
}
