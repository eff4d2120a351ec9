package th.go.moc.ops.sor301hub.validation;

import java.util.List;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * The lists and limits of the checks, from {@code mappings/rules.yaml}, and the monthly deadline day
 * (a service setting).
 */
public record RuleSettings(List<String> kinds, List<String> unitsOfCount, List<String> percentMayExceed100,
                           double planSumTolerance, double disbursementFactor, double outlierZScore,
                           int deadlineDay, int deadlineGraceDays) {

    public boolean kindAllowed(String kind) {
        return kinds.stream().anyMatch(k -> ThaiText.key(k).equals(ThaiText.key(kind)));
    }

    public boolean unitOfCountAllowed(String unit) {
        return unitsOfCount.stream().anyMatch(u -> ThaiText.key(u).equals(ThaiText.key(unit)));
    }

    public boolean mayExceed100(String code, String name) {
        return percentMayExceed100.stream().anyMatch(x -> ThaiText.key(x).equals(ThaiText.key(code))
                || ThaiText.key(x).equals(ThaiText.key(name)));
    }
}
