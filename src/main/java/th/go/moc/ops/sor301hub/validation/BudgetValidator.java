package th.go.moc.ops.sor301hub.validation;

import java.util.ArrayList;
import java.util.List;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.Provenance;

/** The checks of one budget line: spending within the allocation, and each month near its plan. */
public final class BudgetValidator {

    private BudgetValidator() {
    }

    public static List<Problem> check(String file, BudgetLine line, FiscalPeriod period, RuleSettings rules) {
        List<Problem> problems = new ArrayList<>();
        Provenance src = line.source();
        String output = line.outputProject() == null ? "" : line.outputProject();
        int month = period.fiscalMonth();
        double spent = line.disbursedTo(month) + (line.committed() == null ? 0 : line.committed());
        if (line.allocation() != null && spent > line.allocation() + 0.005) {
            problems.add(Rules.overAllocation(file, src.sheet(), src.cell("allocation"), output, line.category().thai(),
                    spent, line.allocation()));
        }
        for (int m = 1; m <= month; m++) {
            Double disbursed = line.disbursed().get(m);
            Double plan = line.plan().get(m);
            if (disbursed != null && plan != null && plan > 0 && disbursed > plan * rules.disbursementFactor()) {
                problems.add(Rules.disbursementFarAbovePlan(file, src.sheet(), src.cell(Provenance.monthField("disbursed", m)),
                        output, m, disbursed, plan));
            }
        }
        return problems;
    }
}
