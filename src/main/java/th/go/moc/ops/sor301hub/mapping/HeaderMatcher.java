package th.go.moc.ops.sor301hub.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import th.go.moc.ops.sor301hub.workbook.SheetRow;

/**
 * Finds a table's header among the first rows of a sheet by its texts, never by position: columns
 * may be inserted, removed or reordered. Headers may span up to three rows with merged cells (a
 * month over "แผน | ผล"); a merged cell's text is carried over the columns it spans.
 */
public final class HeaderMatcher {

    static final int MAX_DEPTH = 3;

    private HeaderMatcher() {
    }

    /**
     * The best header for the spec among the given leading rows of a sheet, or null if none is near;
     * {@code texts} shares the header texts' keys between the tables and sheets of one workbook.
     */
    static HeaderMatch find(List<SheetRow> rows, TableSpec spec, HeaderTexts texts) {
        HeaderMatch best = null;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).index() - rows.get(0).index() > spec.headerSearchRows()) {
                break;
            }
            for (int depth = 1; depth <= MAX_DEPTH && i + depth <= rows.size(); depth++) {
                List<SheetRow> header = rows.subList(i, i + depth);
                if (header.get(depth - 1).index() != header.get(0).index() + depth - 1) {
                    break;
                }
                HeaderMatch m = match(texts.header(rows, i, depth), spec, header.get(0).index(),
                        header.get(depth - 1).index() + 1);
                if (m.betterThan(best)) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** Each column's header texts from top to bottom, merged parents carried to their children. */
    static List<List<String>> paths(List<SheetRow> header) {
        int width = header.stream().mapToInt(SheetRow::width).max().orElse(0);
        String[][] texts = new String[header.size()][width];
        for (int r = 0; r < header.size(); r++) {
            for (int c = 0; c < width; c++) {
                texts[r][c] = header.get(r).text(c);
            }
        }
        for (int r = 0; r < header.size() - 1; r++) {
            for (int c = 1; c < width; c++) {
                if (texts[r][c] == null && texts[r][c - 1] != null && hasBelow(texts, r, c) && hasBelow(texts, r, c - 1)) {
                    texts[r][c] = texts[r][c - 1];
                }
            }
        }
        List<List<String>> paths = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            List<String> path = new ArrayList<>();
            for (int r = 0; r < header.size(); r++) {
                if (texts[r][c] != null && (path.isEmpty() || !path.get(path.size() - 1).equals(texts[r][c]))) {
                    path.add(texts[r][c]);
                }
            }
            paths.add(path);
        }
        return paths;
    }

    private static boolean hasBelow(String[][] texts, int r, int c) {
        for (int below = r + 1; below < texts.length; below++) {
            if (texts[below][c] != null) {
                return true;
            }
        }
        return false;
    }

    /** A column's header texts with their loose keys and months, worked out once per header tried. */
    record PathKeys(List<String> keys, List<OptionalInt> months, String joined) {

        static PathKeys of(List<String> path, HeaderTexts texts) {
            List<String> keys = new ArrayList<>(path.size());
            List<OptionalInt> months = new ArrayList<>(path.size());
            StringBuilder joined = new StringBuilder();
            for (String text : path) {
                HeaderTexts.Keyed keyed = texts.of(text);
                keys.add(keyed.key());
                months.add(keyed.month());
                joined.append(keyed.key());
            }
            return new PathKeys(keys, months, joined.toString());
        }

        /** Whether the texts, leaving out the one at {@code skip} (the month), name the field, one or all together. */
        boolean names(ColumnSpec column, int skip) {
            for (int i = 0; i < keys.size(); i++) {
                if (i != skip && column.headerKeys().contains(keys.get(i))) {
                    return true;
                }
            }
            StringBuilder rest = new StringBuilder();
            for (int i = 0; i < keys.size(); i++) {
                if (i != skip) {
                    rest.append(keys.get(i));
                }
            }
            return rest.length() > 0 && column.headerKeys().contains(rest.toString());
        }
    }

    /**
     * For each column of the sheet, the spec's columns (by place) that one of its header texts, or all of them
     * joined, names: looked up in the spec's index of header keys, not asked of every column spec in turn.
     * Null for a column that names none (most columns of most rows tried), so that nothing is made for it.
     */
    private static BitSet[] named(List<PathKeys> paths, TableSpec spec) {
        BitSet[] named = new BitSet[paths.size()];
        for (int c = 0; c < paths.size(); c++) {
            PathKeys path = paths.get(c);
            if (path.keys().isEmpty() || !spec.ignoredKeys().isEmpty()
                    && path.keys().stream().anyMatch(spec.ignoredKeys()::contains)) {
                continue;
            }
            for (String key : path.keys()) {
                named[c] = mark(named[c], spec.columnsByHeaderKey().get(key));
            }
            named[c] = mark(named[c], spec.columnsByHeaderKey().get(path.joined()));
        }
        return named;
    }

    private static BitSet mark(BitSet bits, int[] columns) {
        if (columns == null) {
            return bits;
        }
        BitSet marked = bits == null ? new BitSet() : bits;
        for (int column : columns) {
            marked.set(column);
        }
        return marked;
    }

    static HeaderMatch match(List<PathKeys> paths, TableSpec spec, int headerRow, int dataRow) {
        boolean[] used = new boolean[paths.size()];
        Map<String, int[]> monthColumns = new LinkedHashMap<>();
        int monthsFound = 0;
        for (ColumnSpec column : spec.columns().values()) {
            if (column.perMonth()) {
                int[] cols = new int[13];
                Arrays.fill(cols, -1);
                monthColumns.put(column.field(), cols);
            }
        }
        if (!monthColumns.isEmpty()) {
            for (int c = 0; c < paths.size(); c++) {
                PathKeys path = paths.get(c);
                for (int e = 0; e < path.months().size(); e++) {
                    OptionalInt month = path.months().get(e);
                    if (month.isEmpty()) {
                        continue;
                    }
                    int fiscalMonth = th.go.moc.ops.sor301hub.sor301.FiscalPeriod.fiscalMonthOf(month.getAsInt());
                    for (ColumnSpec column : spec.columns().values()) {
                        int[] cols = monthColumns.get(column.field());
                        if (cols != null && cols[fiscalMonth] < 0 && path.names(column, e)) {
                            cols[fiscalMonth] = c;
                            used[c] = true;
                            monthsFound++;
                            break;
                        }
                    }
                    break;
                }
            }
        }
        BitSet[] named = named(paths, spec);
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, Integer> alsoNamed = new LinkedHashMap<>();
        List<ColumnSpec> missing = new ArrayList<>();
        int found = 0;
        int j = -1;
        for (ColumnSpec column : spec.columns().values()) {
            j++;
            if (column.perMonth()) {
                boolean any = Arrays.stream(monthColumns.get(column.field())).anyMatch(x -> x >= 0);
                found += any ? 1 : 0;
                if (!any && column.required()) {
                    missing.add(column);
                }
                continue;
            }
            int col = -1;
            for (int c = 0; c < paths.size() && col < 0; c++) {
                if (named[c] != null && named[c].get(j) && !used[c]) {
                    col = c;
                }
            }
            if (col >= 0) {
                columns.put(column.field(), col);
                used[col] = true;
                found++;
                for (int c = col + 1; c < paths.size(); c++) {
                    if (named[c] != null && named[c].get(j) && !used[c]) {
                        alsoNamed.putIfAbsent(column.field(), c);
                    }
                }
            } else if (column.required()) {
                missing.add(column);
            }
        }
        double score = spec.columns().isEmpty() ? 0 : (double) found / spec.columns().size();
        return new HeaderMatch(headerRow, dataRow, columns, monthColumns, missing, score, monthsFound, alsoNamed);
    }
}
