package th.go.moc.ops.sor301hub.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.Cumulation;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.Hierarchy;
import th.go.moc.ops.sor301hub.sor301.Indicator;
import th.go.moc.ops.sor301hub.sor301.IndicatorLevel;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.MonthlySeries;
import th.go.moc.ops.sor301hub.sor301.Narrative;
import th.go.moc.ops.sor301hub.sor301.Reporting;
import th.go.moc.ops.sor301hub.sor301.ThaiText;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/**
 * A month analysed: every unit's lines judged, indicators rolled up across units (never adding up a
 * ministry-level indicator), and spending against plan and the Cabinet's targets. {@code byUnit} is
 * {@code lines} by unit, made with them: the report asks for each unit's lines, and filtering the month's
 * lines for every unit grew with units × lines.
 */
public record MonthAnalysis(FiscalPeriod period, List<UnitAssessment> lines, List<IndicatorRollup> indicators,
                            List<BudgetStanding> budgets, BudgetStanding budgetTotal, CabinetTargets cabinet,
                            Map<String, List<UnitAssessment>> byUnit) {

    public static MonthAnalysis of(FiscalPeriod period, List<UnitMonth> units, TargetComparison comparison,
                                   CabinetTargets cabinet) {
        List<UnitAssessment> lines = new ArrayList<>();
        Map<String, List<UnitAssessment>> byUnit = new HashMap<>();
        for (UnitMonth unit : units) {
            List<UnitAssessment> mine = new ArrayList<>(unit.lines().size());
            for (IndicatorLine line : unit.lines()) {
                mine.add(new UnitAssessment(unit, comparison.assess(line, period)));
            }
            lines.addAll(mine);
            byUnit.put(unit.unitId(), Collections.unmodifiableList(mine));
        }
        List<BudgetStanding> budgets = new ArrayList<>();
        for (UnitMonth unit : units) {
            if (!unit.budget().isEmpty()) {
                budgets.add(budget(unit.unitId(), unit.unitName(), unit.budget(), period, cabinet));
            }
        }
        List<BudgetLine> all = units.stream().flatMap(u -> u.budget().stream()).toList();
        return new MonthAnalysis(period, lines, rollups(lines, period, comparison), budgets,
                budget(null, "รวมทุกหน่วยงาน", all, period, cabinet), cabinet, byUnit);
    }

    public long count(Standing standing, boolean serviceTargets) {
        return lines.stream().filter(l -> l.assessment().standing() == standing
                && l.assessment().line().level().isServiceTarget() == serviceTargets).count();
    }

    /** A unit's lines, in its workbook's order. */
    public List<UnitAssessment> of(String unitId) {
        return byUnit.getOrDefault(unitId, List.of());
    }

    private static List<IndicatorRollup> rollups(List<UnitAssessment> lines, FiscalPeriod period,
                                                 TargetComparison comparison) {
        Map<String, List<UnitAssessment>> groups = new LinkedHashMap<>();
        for (UnitAssessment a : lines) {
            IndicatorLine l = a.assessment().line();
            String key = l.level() + "|" + l.hierarchy().outputProject() + "|" + l.hierarchy().activity() + "|"
                    + l.indicator().identity();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        List<IndicatorRollup> out = new ArrayList<>();
        for (List<UnitAssessment> group : groups.values()) {
            IndicatorLine first = group.get(0).assessment().line();
            out.add(new IndicatorRollup(first.level(), first.hierarchy().outputProject(), first.hierarchy().activity(),
                    first.indicator().name(), first.indicator().unitOfCount(), List.copyOf(group),
                    combined(group, period, comparison)));
        }
        return out;
    }

    /**
     * The units' figures added up, where adding them means something: counts (not rates or levels), not a
     * ministry-level indicator (the same for every unit: adding would count it many times), all in the same
     * unit of count.
     */
    private static Assessment combined(List<UnitAssessment> group, FiscalPeriod period, TargetComparison comparison) {
        IndicatorLine first = group.get(0).assessment().line();
        if (group.size() < 2 || first.level() == IndicatorLevel.MINISTRY_TARGET
                || first.indicator().cumulation() != Cumulation.SUM) {
            return null;
        }
        String unit = ThaiText.key(first.indicator().unitOfCount());
        double target = 0;
        double plan = 0;
        double result = 0;
        for (UnitAssessment a : group) {
            IndicatorLine l = a.assessment().line();
            if (!ThaiText.key(l.indicator().unitOfCount()).equals(unit) || l.indicator().cumulation() != Cumulation.SUM) {
                return null;
            }
            target += l.annualTarget() == null ? 0 : l.annualTarget();
            plan += a.assessment().expected();
            result += a.assessment().cumulativeResult();
        }
        Indicator i = first.indicator();
        IndicatorLine sum = new IndicatorLine(first.level(), new Hierarchy(first.hierarchy().programme(),
                first.hierarchy().serviceTarget(), first.hierarchy().outputProject(), first.hierarchy().activity()),
                i, Reporting.CUMULATIVE, target, MonthlySeries.EMPTY, MonthlySeries.EMPTY, result, plan, Narrative.NONE,
                null);
        return comparison.assessCumulative(sum, plan, period);
    }

    private static BudgetStanding budget(String unitId, String name, List<BudgetLine> lines, FiscalPeriod period,
                                         CabinetTargets cabinet) {
        int month = period.fiscalMonth();
        double allocation = 0;
        double planned = 0;
        double committed = 0;
        double[] disbursedByMonth = new double[month];
        for (BudgetLine b : lines) {
            allocation += b.allocation() == null ? 0 : b.allocation();
            planned += b.plan().sumTo(month);
            committed += b.committed() == null ? 0 : b.committed();
            for (int m = 1; m <= month; m++) {
                disbursedByMonth[m - 1] += b.disbursedTo(m);
            }
        }
        double[] percent = new double[month];
        for (int m = 0; m < month; m++) {
            percent[m] = allocation == 0 ? 0 : 100 * disbursedByMonth[m] / allocation;
        }
        return new BudgetStanding(unitId, name, allocation, planned, month == 0 ? 0 : disbursedByMonth[month - 1], committed,
                cabinet.forQuarterOf(period), percent);
    }
}
