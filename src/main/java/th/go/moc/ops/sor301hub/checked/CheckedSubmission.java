package th.go.moc.ops.sor301hub.checked;

import java.util.List;
import th.go.moc.ops.sor301hub.registry.Unit;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.Severity;

/**
 * A received file after reading and checking. Unit and period are null when the file did not say
 * (or could not be read); then it cannot count for any month.
 */
public record CheckedSubmission(String fileName, String sha256, String format, String layoutId, double layoutScore,
                                Unit unit, FiscalPeriod period, List<IndicatorLine> lines, List<BudgetLine> budget,
                                List<Problem> problems) {

    public boolean accepted() {
        return unit != null && period != null && errors().isEmpty();
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }
}
