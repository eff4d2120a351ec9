package th.go.moc.ops.sor301hub.validation;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one file, at most {@value #PER_RULE} of each rule: a sheet of a hundred thousand rows
 * with the same mistake in every row must not fill the memory, nor the unit's feedback. The cells past
 * that are counted, and {@link #withCounts()} adds one problem per rule saying how many more there are.
 */
public final class ProblemList extends AbstractList<Problem> {

    public static final int PER_RULE = 200;

    private final List<Problem> kept = new ArrayList<>();
    private final Map<String, Integer> seen = new LinkedHashMap<>();
    private final Map<String, Problem> firstOfRule = new LinkedHashMap<>();

    @Override
    public boolean add(Problem p) {
        int n = seen.merge(p.rule(), 1, Integer::sum);
        firstOfRule.putIfAbsent(p.rule(), p);
        if (n <= PER_RULE) {
            kept.add(p);
        }
        return true;
    }

    @Override
    public Problem get(int index) {
        return kept.get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /** The problems kept, then, for each rule met more than {@value #PER_RULE} times, how many more. */
    public List<Problem> withCounts() {
        List<Problem> all = new ArrayList<>(kept);
        seen.forEach((rule, n) -> {
            if (n > PER_RULE) {
                all.add(Rules.moreOfTheSame(firstOfRule.get(rule), PER_RULE, n - PER_RULE));
            }
        });
        return all;
    }
}
