package th.go.moc.ops.sor301hub.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import th.go.moc.ops.sor301hub.sor301.A1;
import th.go.moc.ops.sor301hub.sor301.FieldColumns;
import th.go.moc.ops.sor301hub.sor301.Provenance;

/**
 * The cells a row's fields were read from, as they are read. A field in the table's usual column costs
 * nothing to remember (the {@link FieldColumns} are shared by the table's lines); any other cell is
 * kept by name.
 */
final class CellTrail {

    private final String sheet;
    private final int row;
    private final FieldColumns columns;
    private final Map<String, String> named = new LinkedHashMap<>();

    private CellTrail(String sheet, int row, FieldColumns columns) {
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
    }

    static CellTrail onRow(String sheet, int row, FieldColumns columns) {
        return new CellTrail(sheet, row, columns);
    }

    void put(String field, int row, int col) {
        if (row == this.row && columns.record(field, col)) {
            named.remove(field);
        } else {
            named.put(field, A1.of(row, col));
        }
    }

    /** A field's cell ("K7"), or null when it was not read. */
    String get(String field) {
        String cell = named.get(field);
        if (cell != null) {
            return cell;
        }
        int col = columns.column(field);
        return col < 0 ? null : A1.of(row, col);
    }

    /** The cells kept by name. */
    Map<String, String> named() {
        return named;
    }

    Provenance provenance() {
        return Provenance.onRow(sheet, row, columns, named);
    }
}
