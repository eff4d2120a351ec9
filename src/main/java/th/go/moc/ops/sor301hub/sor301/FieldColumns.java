package th.go.moc.ops.sor301hub.sor301;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The column each field of a table was read from ("annualTarget" → 10, "result.8" → 27): one map for
 * all the lines of a table, so that a line only needs its row to name the cell of any of its values.
 */
public final class FieldColumns {

    private final Map<String, Integer> columns = new LinkedHashMap<>();

    /**
     * Notes a field's column; false when the table already has that field in another column (the
     * caller then keeps that cell apart).
     */
    public synchronized boolean record(String field, int column) {
        Integer known = columns.putIfAbsent(field, column);
        return known == null || known == column;
    }

    /** Zero-based column, or -1 when the table has no column for the field. */
    public synchronized int column(String field) {
        Integer col = columns.get(field);
        return col == null ? -1 : col;
    }

    /** "annualTarget=K;result.8=AB", for storage. */
    public synchronized String text() {
        StringJoiner out = new StringJoiner(";");
        columns.forEach((field, col) -> out.add(field + "=" + A1.columnLetters(col)));
        return out.toString();
    }

    public static FieldColumns parse(String text) {
        FieldColumns result = new FieldColumns();
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                result.columns.put(pair.substring(0, eq), A1.column(pair.substring(eq + 1)));
            }
        }
        return result;
    }
}
