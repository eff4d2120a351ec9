package th.go.moc.ops.sor301hub.mapping;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * How to find one field's column: the header texts that name it (compared loosely, see
 * {@code ThaiText.key}); whether the table is useless without it; whether it repeats once per month
 * under a month header; whether a blank cell takes the value above (names merged over several rows).
 *
 * @param levels for the indicator column of a layout that writes its headings in that same column: for each
 *               hierarchy field (serviceTarget, outputProject, activity, programme), the words a heading row of
 *               that level starts with ("ผลผลิตที่", "กิจกรรม"); empty for a column that holds indicators only
 */
public record ColumnSpec(String field, List<String> headers, boolean required, boolean perMonth, boolean fillDown,
                         Set<String> headerKeys, Map<String, List<String>> levels) {

    /** A column whose header texts' loose keys are worked out once, not at every header row tried. */
    public static ColumnSpec of(String field, List<String> headers, boolean required, boolean perMonth, boolean fillDown) {
        return of(field, headers, required, perMonth, fillDown, Map.of());
    }

    public static ColumnSpec of(String field, List<String> headers, boolean required, boolean perMonth, boolean fillDown,
                                Map<String, List<String>> levels) {
        return new ColumnSpec(field, headers, required, perMonth, fillDown,
                headers.stream().map(ThaiText::key).collect(Collectors.toUnmodifiableSet()), Map.copyOf(levels));
    }

    /** The hierarchy field a heading row's text opens ("ผลผลิตที่ ๑ …" → outputProject), or null for an indicator. */
    public String headingLevel(String text) {
        if (text == null || levels.isEmpty()) {
            return null;
        }
        String key = ThaiText.key(text);
        String found = null;
        int longest = 0;
        for (Map.Entry<String, List<String>> level : levels.entrySet()) {
            for (String start : level.getValue()) {
                String startKey = ThaiText.key(start);
                // The longest match wins: "เป้าหมายการให้บริการ" over a shorter word that starts the same.
                if (key.startsWith(startKey) && startKey.length() > longest) {
                    found = level.getKey();
                    longest = startKey.length();
                }
            }
        }
        return found;
    }
}
