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

    private Provenance(String sheet, int row, FieldColumns columns, Map<String, String> elsewhere) {
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
        this.elsewhere = elsewhere;
    }

    /** Every cell by name ("annualTarget" → "K7"). */
    public Provenance(String sheet, Map<String, String> cells) {
        this(sheet, -1, NO_COLUMNS, Collections.unmodifiableMap(new LinkedHashMap<>(cells)));
    }

    /** A line on one row of a table: each field's cell is that row in the table's column for it. */
    public static Provenance onRow(String sheet, int row, FieldColumns columns, Map<String, String> elsewhere) {
        return new Provenance(sheet, row, columns, elsewhere.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(elsewhere)));
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
        return col < 0 ? null : A1.of(row, col);
    }

    /** "Sheet!K7" for a field, or the sheet alone when the field has no cell. */
    public String where(String field) {
        String cell = cell(field);
        return cell == null ? sheet : sheet + "!" + cell;
    }

    /** The cells named one by one, for storage: "annualTarget=K7;result.8=AB7"; null when none. */
    public String elsewhereText() {
        return elsewhere.isEmpty() ? null
                : elsewhere.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
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
                Collections.unmodifiableMap(cells));
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
