package th.go.moc.ops.sor301hub.mapping;

import java.util.List;

/**
 * How to find one field's column: the header texts that name it (compared loosely, see
 * {@code ThaiText.key}); whether the table is useless without it; whether it repeats once per month
 * under a month header; whether a blank cell takes the value above (names merged over several rows).
 */
public record ColumnSpec(String field, List<String> headers, boolean required, boolean perMonth, boolean fillDown) {
}
