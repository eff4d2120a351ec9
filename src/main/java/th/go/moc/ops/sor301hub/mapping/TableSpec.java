package th.go.moc.ops.sor301hub.mapping;

import java.util.List;
import java.util.Map;

/**
 * One table of a layout: the sheets it is usually on, how far down its header may start, its columns,
 * and whether its units write a percentage as a plain fraction (0.85 for 85%).
 */
public record TableSpec(List<String> sheetNames, int headerSearchRows, boolean required, Map<String, ColumnSpec> columns,
                        boolean plainPercentagesAreFractions) {

    public ColumnSpec column(String field) {
        return columns.get(field);
    }
}
