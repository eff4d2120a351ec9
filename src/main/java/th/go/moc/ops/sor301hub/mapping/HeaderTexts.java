package th.go.moc.ops.sor301hub.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * The loose key and month of each header text, worked out once per workbook: every layout tries
 * every run of leading rows as a header, so the same few hundred texts are looked at many times.
 */
final class HeaderTexts {

    record Keyed(String key, OptionalInt month) {
    }

    private final Map<String, Keyed> seen = new HashMap<>();
    private final Map<List<String>, HeaderMatcher.PathKeys> paths = new HashMap<>();

    Keyed of(String text) {
        return seen.computeIfAbsent(text, t -> new Keyed(ThaiText.key(t), ThaiMonths.calendarMonth(t)));
    }

    /** A column's header path with its keys and months, made once per distinct path (the same paths recur). */
    HeaderMatcher.PathKeys path(List<String> path) {
        return paths.computeIfAbsent(path, p -> HeaderMatcher.PathKeys.of(p, this));
    }
}
