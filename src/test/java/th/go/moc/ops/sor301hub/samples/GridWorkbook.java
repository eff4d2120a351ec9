package th.go.moc.ops.sor301hub.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * A workbook written cell by cell, for fixtures of one quirk each: any rows, merges, hidden rows and
 * sheets, number formats, formulas. The extension of the file chooses xlsx, xlsm or xls.
 */
public final class GridWorkbook {

    /** A number shown with a format ("0%", "d mmm bbbb"). */
    public record Formatted(double value, String format) {
    }

    /** A formula; its cached value is computed when the file is written. */
    public record Formula(String formula) {
    }

    /** A date cell shown with a format. */
    public record DateCell(LocalDate date, String format) {
    }

    public final class Grid {
        final String name;
        /** The rows as they will be written; a test may change them before writing. */
        public final List<List<Object>> rows = new ArrayList<>();
        public final List<Integer> hiddenRows = new ArrayList<>();
        final List<String> merges = new ArrayList<>();
        boolean hidden;

        Grid(String name) {
            this.name = name;
        }

        public Grid row(Object... cells) {
            rows.add(new ArrayList<>(Arrays.asList(cells)));
            return this;
        }

        public Grid rows(List<List<Object>> more) {
            rows.addAll(more);
            return this;
        }

        public Grid merge(String range) {
            merges.add(range);
            return this;
        }

        public Grid hide() {
            hidden = true;
            return this;
        }
    }

    private final List<Grid> grids = new ArrayList<>();

    public Grid sheet(String name) {
        Grid g = new Grid(name);
        grids.add(g);
        return g;
    }

    public Path write(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (Workbook wb = name.endsWith(".xls") ? new HSSFWorkbook()
                : new XSSFWorkbook(name.endsWith(".xlsm") ? XSSFWorkbookType.XLSM : XSSFWorkbookType.XLSX)) {
            Map<String, CellStyle> styles = new HashMap<>();
            for (Grid g : grids) {
                Sheet sheet = wb.createSheet(g.name);
                for (int r = 0; r < g.rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    if (g.hiddenRows.contains(r)) {
                        row.setZeroHeight(true);
                    }
                    List<Object> cells = g.rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        put(wb, styles, row.createCell(c), cells.get(c));
                    }
                }
                for (String range : g.merges) {
                    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
                }
                if (g.hidden) {
                    wb.setSheetHidden(wb.getSheetIndex(sheet), true);
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void put(Workbook wb, Map<String, CellStyle> styles, Cell cell, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Formatted f) {
            cell.setCellValue(f.value());
            cell.setCellStyle(style(wb, styles, f.format()));
        } else if (v instanceof DateCell d) {
            cell.setCellValue(d.date());
            cell.setCellStyle(style(wb, styles, d.format()));
        } else if (v instanceof Formula f) {
            cell.setCellFormula(f.formula());
        } else {
            cell.setCellValue(v.toString());
        }
    }

    private static CellStyle style(Workbook wb, Map<String, CellStyle> styles, String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
        });
    }
}
