package th.go.moc.ops.sor301hub.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import th.go.moc.ops.sor301hub.analysis.IndicatorRollup;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.setup.Components;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;
import th.go.moc.ops.sor301hub.store.SubmissionStore;

/** How each indicator stands this month across the units that report it, and how spending stands. */
@Controller
class IndicatorsController {

    static final String VIEW = "months/indicators";

    private final Components components;
    private final SubmissionStore store;

    IndicatorsController(Components components, SubmissionStore store) {
        this.components = components;
        this.store = store;
    }

    @GetMapping("/months/{period}/indicators")
    String indicators(@PathVariable String period, Model model) {
        FiscalPeriod p = MonthController.parse(period);
        List<UnitMonth> units = store.accepted(p, components::unitLabel);
        MonthAnalysis analysis = MonthAnalysis.of(p, units, components.comparison(), components.cabinet());
        model.addAttribute("period", p);
        model.addAttribute("rule", components.comparison().ruleThai(p));
        model.addAttribute("ruleEnglish", components.comparison().ruleEnglish(p));
        model.addAttribute("indicators", analysis.indicators().stream()
                .sorted(Comparator.comparing((IndicatorRollup r) -> r.level().ordinal())
                        .thenComparing(r -> r.outputProject() == null ? "" : r.outputProject())
                        .thenComparing(r -> r.activity() == null ? "" : r.activity())
                        .thenComparing(IndicatorRollup::indicator))
                .toList());
        model.addAttribute("budgets", analysis.budgets());
        model.addAttribute("budgetTotal", analysis.budgetTotal());
        return VIEW;
    }
}
