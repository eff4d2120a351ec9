package th.go.moc.ops.sor301hub.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sorts items by a list of texts (then by a last, short key). Each item's place is worked out once, as the
 * rank of each of its texts among their distinct values: comparing the texts themselves compared long
 * Thai texts, equal within a group, at every step of the sort. A missing text sorts as an empty one.
 */
final class TextOrder {

    private TextOrder() {
    }

    static <T> List<T> sorted(List<T> items, List<Function<T, String>> texts, Function<T, String> last) {
        int n = items.size();
        int[][] ranks = new int[n][texts.size()];
        String[] values = new String[n];
        for (int k = 0; k < texts.size(); k++) {
            Function<T, String> text = texts.get(k);
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String v = text.apply(items.get(i));
                values[i] = v == null ? "" : v;
                // Neighbours often share their texts' strings: one long Thai text hashed once per run of items.
                if (i == 0 || values[i] != values[i - 1]) {
                    rank.put(values[i], 0);
                }
            }
            List<String> distinct = rank.keySet().stream().sorted().toList();
            for (int i = 0; i < distinct.size(); i++) {
                rank.put(distinct.get(i), i);
            }
            for (int i = 0; i < n; i++) {
                ranks[i][k] = i > 0 && values[i] == values[i - 1] ? ranks[i - 1][k] : rank.get(values[i]);
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, int[]>comparing(i -> ranks[i], Arrays::compare)
                .thenComparing(i -> last.apply(items.get(i)), Comparator.nullsFirst(Comparator.naturalOrder())));
        return Arrays.stream(order).map(items::get).toList();
    }
}
