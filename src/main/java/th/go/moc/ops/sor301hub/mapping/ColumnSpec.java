package th.go.moc.ops.sor301hub.mapping;

import java.util.List;

/**
 * How to find one field's column: the header texts that name it (compared loosely, see
 * {@code ThaiText.key}); whether the table is useless without it; whether it repeats once per month
 * under a month header; whether a blank cell takes the value above (names merged over several rows).
 */
public record ColumnSpec(String field, List<String> headers, boolean required, boolean perMonth, boolean fillDown,
                         java.util.Set<String> headerKeys) {

    /** A column whose header texts' loose keys are worked out once, not at every header row tried. */
    public static ColumnSpec of(String field, List<String> headers, boolean required, boolean perMonth, boolean fillDown) {
        return new ColumnSpec(field, headers, required, perMonth, fillDown,
                headers.stream().map(th.go.moc.ops.sor301hub.sor301.ThaiText::key)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }
}
