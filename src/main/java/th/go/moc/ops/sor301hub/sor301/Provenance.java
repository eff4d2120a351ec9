package th.go.moc.ops.sor301hub.sor301;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each value of a line came from: the sheet, and the cell of each field ("annualTarget" → "K7",
 * "result.8" → "AB7"). Most lines sit on one row of a table: they keep that row and share the table's
 * {@link FieldColumns}; a cell off that row (a month read from another row) is kept by name. The file
 * is the submission's.
 */
public final class Provenance {

    private static final FieldColumns NO_COLUMNS = new FieldColumns();

    private final String sheet;
    private final int row;
    private final FieldColumns columns;
    private final Map<String, String> elsewhere;
    /** For a line gathered from one row per month: the row of each month (index 0 = ต.ค.), -1 for none. */
    private final int[] monthRows;

    private Provenance(String sheet, int row, FieldColumns columns, Map<String, String> elsewhere, int[] monthRows) {
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
        this.elsewhere = elsewhere;
        this.monthRows = monthRows;
    }

    /** Every cell by name ("annualTarget" → "K7"). */
    public Provenance(String sheet, Map<String, String> cells) {
        this(sheet, -1, NO_COLUMNS, Collections.unmodifiableMap(new LinkedHashMap<>(cells)), null);
    }

    /** A line on one row of a table: each field's cell is that row in the table's column for it. */
    public static Provenance onRow(String sheet, int row, FieldColumns columns, Map<String, String> elsewhere) {
        return new Provenance(sheet, row, columns, copy(elsewhere), null);
    }

    /**
     * A line gathered from one row per month: its month fields ("result.8") sit on that month's row, its
     * other fields on its first row, but for those named in {@code elsewhere}.
     */
    public static Provenance onMonthRows(String sheet, int firstRow, FieldColumns columns, int[] monthRows,
                                         Map<String, String> elsewhere) {
        return new Provenance(sheet, firstRow, columns, copy(elsewhere), monthRows.clone());
    }

    private static Map<String, String> copy(Map<String, String> cells) {
        return cells.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public String sheet() {
        return sheet;
    }

    /** Zero-based row, or -1 when the line's cells are all named one by one. */
    public int row() {
        return row;
    }

    public FieldColumns columns() {
        return columns;
    }

    public String cell(String field) {
        String named = elsewhere.get(field);
        if (named != null || row < 0) {
            return named;
        }
        int col = columns.column(field);
        if (col < 0) {
            return null;
        }
        int month = monthRows == null ? 0 : monthOf(field);
        if (month > 0) {
            return monthRows[month - 1] < 0 ? null : A1.of(monthRows[month - 1], col);
        }
        return A1.of(row, col);
    }

    /** 8 for "result.8"; 0 for a field of no month. */
    private static int monthOf(String field) {
        int dot = field.lastIndexOf('.');
        if (dot < 0) {
            return 0;
        }
        try {
            int m = Integer.parseInt(field.substring(dot + 1));
            return m >= 1 && m <= 12 ? m : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** "Sheet!K7" for a field, or the sheet alone when the field has no cell. */
    public String where(String field) {
        String cell = cell(field);
        return cell == null ? sheet : sheet + "!" + cell;
    }

    /**
     * The cells that are not on the line's row in its table's column, by name, for storage:
     * "cumulative=F40;result.8=F37"; null when none.
     */
    public String elsewhereText() {
        Map<String, String> named = new LinkedHashMap<>(elsewhere);
        if (monthRows != null) {
            for (String series : MONTH_FIELDS.keySet()) {
                for (int m = 1; m <= 12; m++) {
                    String field = monthField(series, m);
                    String cell = cell(field);
                    if (cell != null) {
                        named.putIfAbsent(field, cell);
                    }
                }
            }
        }
        return named.isEmpty() ? null
                : named.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** A stored line's provenance: its row (or -1) in a table of the given columns, and its cells named one by one. */
    public static Provenance parse(String sheet, int row, FieldColumns columns, String elsewhereText) {
        Map<String, String> cells = new LinkedHashMap<>();
        if (elsewhereText != null && !elsewhereText.isEmpty()) {
            for (String pair : elsewhereText.split(";")) {
                int eq = pair.indexOf('=');
                cells.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new Provenance(sheet, row, row < 0 || columns == null ? NO_COLUMNS : columns,
                Collections.unmodifiableMap(cells), null);
    }

    public static String monthField(String series, int fiscalMonth) {
        String[] known = MONTH_FIELDS.get(series);
        return known != null && fiscalMonth >= 1 && fiscalMonth <= 12 ? known[fiscalMonth] : series + "." + fiscalMonth;
    }

    /** The month fields of the usual series, named once: they are asked for on every line. */
    private static final Map<String, String[]> MONTH_FIELDS = Map.of(
            "plan", monthFields("plan"), "result", monthFields("result"), "disbursed", monthFields("disbursed"));

    private static String[] monthFields(String series) {
        String[] names = new String[13];
        for (int m = 1; m <= 12; m++) {
            names[m] = series + "." + m;
        }
        return names;
    }

    @Override
    public String toString() {
        return sheet + (row < 0 ? "" : " row " + (row + 1)) + (elsewhere.isEmpty() ? "" : " " + elsewhere);
    }
}
