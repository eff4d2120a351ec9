package th.go.moc.ops.sor301hub.mapping;

import java.util.List;
import java.util.Map;

/** One table of a layout: the sheets it is usually on, how far down its header may start, its columns. */
public record TableSpec(List<String> sheetNames, int headerSearchRows, boolean required, Map<String, ColumnSpec> columns) {

    public ColumnSpec column(String field) {
        return columns.get(field);
    }
}
