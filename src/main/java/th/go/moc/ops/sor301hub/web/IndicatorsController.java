package th.go.moc.ops.sor301hub.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import th.go.moc.ops.sor301hub.analysis.IndicatorRollup;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.UnitAssessment;
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
        MonthAnalysis analysis = analysis(p);
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
        List<Charts.MonthPoint> spending = Charts.spending(analysis);
        model.addAttribute("standings", Charts.standings(analysis));
        model.addAttribute("spending", spending);
        model.addAttribute("ticks", Charts.ticks());
        model.addAttribute("disbursedLine", Charts.line(spending, false));
        model.addAttribute("targetLine", Charts.line(spending, true));
        return VIEW;
    }

    /** One indicator: every unit that reports it, those below target first, with what they wrote about it. */
    @GetMapping("/months/{period}/indicators/{key}")
    String indicator(@PathVariable String period, @PathVariable String key, Model model) {
        FiscalPeriod p = MonthController.parse(period);
        IndicatorRollup rollup = analysis(p).indicators().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("period", p);
        model.addAttribute("r", rollup);
        model.addAttribute("units", rollup.units().stream()
                .sorted(Comparator.comparing((UnitAssessment u) -> -u.assessment().standing().ordinal())
                        .thenComparing(u -> u.assessment().percentOfExpected() == null ? Double.MAX_VALUE
                                : u.assessment().percentOfExpected()))
                .toList());
        return "months/indicator";
    }

    private MonthAnalysis analysis(FiscalPeriod p) {
        List<UnitMonth> units = store.accepted(p, components::unitLabel);
        return MonthAnalysis.of(p, units, components.comparison(), components.cabinet());
    }
}
