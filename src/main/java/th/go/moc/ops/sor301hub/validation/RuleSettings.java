package th.go.moc.ops.sor301hub.validation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * The lists and limits of the checks, from {@code mappings/rules.yaml}, and the monthly deadline day
 * (a service setting). The lists are matched by loose key, worked out once here rather than per line.
 */
public final class RuleSettings {

    private final List<String> kinds;
    private final List<String> unitsOfCount;
    private final Set<String> kindKeys;
    private final Set<String> unitKeys;
    private final Set<String> mayExceed100Keys;
    private final double planSumTolerance;
    private final double disbursementFactor;
    private final double outlierZScore;
    private final int deadlineDay;
    private final int deadlineGraceDays;

    public RuleSettings(List<String> kinds, List<String> unitsOfCount, List<String> percentMayExceed100,
                        double planSumTolerance, double disbursementFactor, double outlierZScore, int deadlineDay,
                        int deadlineGraceDays) {
        this.kinds = List.copyOf(kinds);
        this.unitsOfCount = List.copyOf(unitsOfCount);
        this.kindKeys = keys(kinds);
        this.unitKeys = keys(unitsOfCount);
        this.mayExceed100Keys = keys(percentMayExceed100);
        this.planSumTolerance = planSumTolerance;
        this.disbursementFactor = disbursementFactor;
        this.outlierZScore = outlierZScore;
        this.deadlineDay = deadlineDay;
        this.deadlineGraceDays = deadlineGraceDays;
    }

    private static Set<String> keys(List<String> texts) {
        return texts.stream().map(ThaiText::key).collect(Collectors.toUnmodifiableSet());
    }

    public boolean kindAllowed(String kind) {
        return kindKeys.contains(ThaiText.key(kind));
    }

    public boolean unitOfCountAllowed(String unit) {
        return unitKeys.contains(ThaiText.key(unit));
    }

    public boolean mayExceed100(String code, String name) {
        return mayExceed100Keys.contains(ThaiText.key(code)) || mayExceed100Keys.contains(ThaiText.key(name));
    }

    public List<String> kinds() {
        return kinds;
    }

    public List<String> unitsOfCount() {
        return unitsOfCount;
    }

    public double planSumTolerance() {
        return planSumTolerance;
    }

    public double disbursementFactor() {
        return disbursementFactor;
    }

    public double outlierZScore() {
        return outlierZScore;
    }

    public int deadlineDay() {
        return deadlineDay;
    }

    public int deadlineGraceDays() {
        return deadlineGraceDays;
    }
}
