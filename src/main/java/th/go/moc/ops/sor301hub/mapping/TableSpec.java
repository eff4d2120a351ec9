package th.go.moc.ops.sor301hub.mapping;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of a layout: the sheets it is usually on, how far down its header may start, its columns,
 * and whether its units write a percentage as a plain fraction (0.85 for 85%).
 */
public record TableSpec(List<String> sheetNames, int headerSearchRows, boolean required, Map<String, ColumnSpec> columns,
                        boolean plainPercentagesAreFractions, Map<String, int[]> columnsByHeaderKey,
                        java.util.Set<String> ignoredKeys) {

    /**
     * A table whose header keys are indexed once: for each key, the columns (by their place in
     * {@code columns}) that it names, so that trying a header row asks each column's texts once rather than
     * each field of every column.
     */
    public static TableSpec of(List<String> sheetNames, int headerSearchRows, boolean required,
                               Map<String, ColumnSpec> columns, boolean plainPercentagesAreFractions) {
        return of(sheetNames, headerSearchRows, required, columns, plainPercentagesAreFractions, List.of());
    }

    /**
     * As above, with header texts that mark a column as none of the table's fields ({@code ignore:}): a column
     * with one of them anywhere in its header ("ปีก่อน" over "ผลสะสม") is passed over, so that a second
     * column that names a field does not take the place of the first.
     */
    public static TableSpec of(List<String> sheetNames, int headerSearchRows, boolean required,
                               Map<String, ColumnSpec> columns, boolean plainPercentagesAreFractions, List<String> ignore) {
        Map<String, int[]> byKey = new HashMap<>();
        int i = 0;
        for (ColumnSpec column : columns.values()) {
            for (String key : column.headerKeys()) {
                int[] before = byKey.getOrDefault(key, new int[0]);
                int[] after = Arrays.copyOf(before, before.length + 1);
                after[before.length] = i;
                byKey.put(key, after);
            }
            i++;
        }
        // A HashMap, not Map.copyOf: most keys looked up are not header keys, and a miss in an open-addressed map probes.
        return new TableSpec(sheetNames, headerSearchRows, required, columns, plainPercentagesAreFractions,
                Collections.unmodifiableMap(byKey), ignore.stream().map(th.go.moc.ops.sor301hub.sor301.ThaiText::key)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    public ColumnSpec column(String field) {
        return columns.get(field);
    }
}
