package th.go.moc.ops.sor301hub;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads back what the service wrote with an independent reader (fastexcel, its own XML parser, no
 * POI), as text rows, so that tests assert on what a user would see.
 */
public final class Readback {

    private Readback() {
    }

    public static List<String> sheetNames(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            return wb.getSheets().map(Sheet::getName).toList();
        }
    }

    /** Every row of a sheet as cell texts, at its row number (row 1 at index 0); blank cells and rows are empty. */
    public static List<List<String>> rows(Path file, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Sheet sheet = wb.findSheet(sheetName).orElseThrow(() -> new AssertionError("no sheet " + sheetName));
            List<List<String>> out = new ArrayList<>();
            for (Row row : sheet.read()) {
                while (out.size() < row.getRowNum() - 1) {
                    out.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getRawValue() == null ? "" : cell.getText());
                }
                out.add(cells);
            }
            return out;
        }
    }

    /** The first column of every row, which in the SOR-301 form carries sections and indicators. */
    public static List<String> firstColumn(Path file, String sheetName) throws IOException {
        return rows(file, sheetName).stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList();
    }
}
