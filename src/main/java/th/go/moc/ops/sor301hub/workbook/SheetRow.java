package th.go.moc.ops.sor301hub.workbook;

import th.go.moc.ops.sor301hub.sor301.A1;

/**
 * One row of a sheet with its cells by column; the neutral form that mapping and validation see, so
 * that they never depend on how the workbook was stored.
 */
public final class SheetRow {

    private final int index;
    private final boolean hidden;
    private final CellValue[] cells;

    public SheetRow(int index, boolean hidden, CellValue[] cells) {
        this.index = index;
        this.hidden = hidden;
        this.cells = cells;
    }

    /** Zero-based row number. */
    public int index() {
        return index;
    }

    public boolean hidden() {
        return hidden;
    }

    public int width() {
        return cells.length;
    }

    /** The cell at a zero-based column, or null when blank. */
    public CellValue cell(int col) {
        return col >= 0 && col < cells.length ? cells[col] : null;
    }

    /** The displayed text of a cell, trimmed; null when blank. */
    public String text(int col) {
        CellValue cell = cell(col);
        if (cell == null) {
            return null;
        }
        String text = cell.display().strip();
        return text.isEmpty() ? null : text;
    }

    public boolean isBlank() {
        for (CellValue cell : cells) {
            // Only a text can show nothing; a number, a truth value or an error always shows something.
            if (cell != null && (!(cell instanceof CellValue.Text t) || !t.value().isBlank())) {
                return false;
            }
        }
        return true;
    }

    public String ref(int col) {
        return A1.of(index, col);
    }
}
