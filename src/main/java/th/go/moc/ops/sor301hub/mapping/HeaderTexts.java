package th.go.moc.ops.sor301hub.mapping;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;
import th.go.moc.ops.sor301hub.sor301.ThaiText;
import th.go.moc.ops.sor301hub.workbook.SheetRow;

/**
 * The loose key and month of each header text, and the column paths of each run of leading rows, worked
 * out once per workbook: every layout and table tries every run of leading rows as a header, so the same
 * rows and texts are looked at many times.
 */
final class HeaderTexts {

    record Keyed(String key, OptionalInt month) {
    }

    private final Map<String, Keyed> seen = new HashMap<>();
    private final Map<List<String>, HeaderMatcher.PathKeys> paths = new HashMap<>();
    private final Map<List<SheetRow>, List<HeaderMatcher.PathKeys>[][]> headers = new IdentityHashMap<>();

    Keyed of(String text) {
        return seen.computeIfAbsent(text, t -> new Keyed(ThaiText.key(t), ThaiMonths.calendarMonth(t)));
    }

    /**
     * The columns' header paths if rows {@code i} to {@code i + depth - 1} of a sheet's leading rows are its
     * header, worked out once for all the layouts and tables tried on the sheet.
     */
    @SuppressWarnings("unchecked")
    List<HeaderMatcher.PathKeys> header(List<SheetRow> rows, int i, int depth) {
        List<HeaderMatcher.PathKeys>[][] byStart = headers.computeIfAbsent(rows,
                r -> new List[r.size()][HeaderMatcher.MAX_DEPTH + 1]);
        if (byStart[i][depth] == null) {
            byStart[i][depth] = HeaderMatcher.paths(rows.subList(i, i + depth)).stream().map(this::path).toList();
        }
        return byStart[i][depth];
    }

    /** A column's header path with its keys and months, made once per distinct path (the same paths recur). */
    HeaderMatcher.PathKeys path(List<String> path) {
        return paths.computeIfAbsent(path, p -> HeaderMatcher.PathKeys.of(p, this));
    }
}
