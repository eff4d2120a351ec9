package th.go.moc.ops.sor301hub.mapping;

import java.util.List;
import java.util.Map;

/**
 * Where a table's header was found and which column holds each field.
 *
 * @param headerRow     zero-based row of the header's first line
 * @param dataRow       zero-based row where data may start
 * @param columns       field → zero-based column, for fields found once
 * @param monthColumns  per-month field → column by fiscal month (index 1–12; -1 where absent)
 * @param missingRequired the required fields not found, with the header texts expected
 * @param score         share of the layout's fields found, 0–1
 * @param alsoNamed     field → a second column whose header names it too, left unread (the first is read)
 */
public record HeaderMatch(int headerRow, int dataRow, Map<String, Integer> columns, Map<String, int[]> monthColumns,
                          List<ColumnSpec> missingRequired, double score, int monthsFound, Map<String, Integer> alsoNamed) {

    public boolean complete() {
        return missingRequired.isEmpty();
    }

    public int column(String field) {
        return columns.getOrDefault(field, -1);
    }

    public int monthColumn(String field, int fiscalMonth) {
        int[] cols = monthColumns.get(field);
        return cols == null ? -1 : cols[fiscalMonth];
    }

    /** How many columns of the sheet this layout explains. */
    public int columnsExplained() {
        return columns.size() + monthsFound;
    }

    /**
     * Better: fewer required fields missing, then more of the sheet's columns explained (a small layout
     * that fits a few columns perfectly must not win over one that reads them all), then a larger share
     * of the layout's own fields found, then fewer header rows.
     */
    public boolean betterThan(HeaderMatch other) {
        if (other == null) {
            return true;
        }
        if (missingRequired.size() != other.missingRequired.size()) {
            return missingRequired.size() < other.missingRequired.size();
        }
        if (columnsExplained() != other.columnsExplained()) {
            return columnsExplained() > other.columnsExplained();
        }
        if (score != other.score) {
            return score > other.score;
        }
        // The same columns explained by fewer rows: the extra rows were the title block, not header.
        return dataRow - headerRow < other.dataRow - other.headerRow;
    }
}
