package th.go.moc.ops.sor301hub.summary;

import java.util.Comparator;
import java.util.List;
import th.go.moc.ops.sor301hub.analysis.Assessment;
import th.go.moc.ops.sor301hub.analysis.BudgetStanding;
import th.go.moc.ops.sor301hub.analysis.MonthAnalysis;
import th.go.moc.ops.sor301hub.analysis.Standing;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.analysis.UnitAssessment;
import th.go.moc.ops.sor301hub.sor301.Figures;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;
import th.go.moc.ops.sor301hub.sor301.ThaiText;

/**
 * What the Permanent Secretary reads on one page: the headline counts, the indicators below target
 * with the problems and remedies units gave, spending against the Cabinet's target, and the units
 * that have not reported.
 */
public record ExecutiveSummary(String title, String span, String rule, int reported, int expected, long above,
                               long on, long below, BudgetStanding budget, int cabinetQuarter,
                               List<BelowTarget> belowTarget, long moreBelowTarget, List<String> notReported,
                               boolean forPublic) {

    /** One page: the indicators furthest below target are listed, the rest counted. */
    static final int LISTED = 5;

    /** One indicator below target, as the summary lists it. */
    public record BelowTarget(String unit, String indicator, String progress, String problems, String remedies,
                              boolean publishable) {
    }

    /**
     * The version for the OPS website: the units' own words only where they marked them for publication,
     * and no list of units that have not reported (an internal matter).
     */
    public ExecutiveSummary publicVersion() {
        List<BelowTarget> open = belowTarget.stream().map(b -> b.publishable() ? b
                : new BelowTarget(b.unit(), b.indicator(), b.progress(), null, null, false)).toList();
        return new ExecutiveSummary(title.replace("สรุปผลการดำเนินงานสำหรับผู้บริหาร", "สรุปผลการดำเนินงาน (ฉบับเผยแพร่)"),
                span, rule, reported, expected, above, on, below, budget, cabinetQuarter, open, moreBelowTarget,
                List.of(), true);
    }

    public static ExecutiveSummary of(MonthAnalysis a, TargetComparison comparison, int unitsExpected,
                                      List<String> notReported) {
        FiscalPeriod p = a.period();
        long belowCount = count(a, Standing.BELOW);
        List<BelowTarget> below = a.lines().stream().filter(x -> x.assessment().standing() == Standing.BELOW)
                .sorted(Comparator.comparing((UnitAssessment x) -> percent(x.assessment())))
                .map(x -> new BelowTarget(x.unit().unitName(), x.assessment().line().indicator().name(),
                        progress(x.assessment()), x.assessment().line().narrative().problems(),
                        x.assessment().line().narrative().remedies(), x.assessment().line().narrative().publishable()))
                .limit(LISTED).toList();
        long units = a.lines().stream().map(x -> x.unit().unitId()).distinct().count();
        return new ExecutiveSummary(
                "สรุปผลการดำเนินงานสำหรับผู้บริหาร สำนักงานปลัดกระทรวงพาณิชย์ ประจำเดือน " + ThaiMonths.fullName(p.calendarMonth())
                        + " " + ThaiText.thaiDigits(Integer.toString(p.calendarYearBe())),
                p.cumulativeSpanThai(), comparison.ruleThai(p), (int) units, unitsExpected,
                count(a, Standing.ABOVE), count(a, Standing.ON), belowCount, a.budgetTotal(),
                a.cabinet().quarter(p), below, belowCount - below.size(), notReported, false);
    }

    private static long count(MonthAnalysis a, Standing s) {
        return a.lines().stream().filter(x -> x.assessment().standing() == s).count();
    }

    private static double percent(Assessment a) {
        return a.percentOfExpected() == null ? 0 : a.percentOfExpected();
    }

    private static String progress(Assessment a) {
        String unit = a.line().indicator().unitOfCount() == null ? "" : " " + a.line().indicator().unitOfCount();
        return Figures.format(a.cumulativeResult()) + " จาก " + Figures.format(a.expected()) + unit
                + (a.percentOfExpected() == null ? "" : " (ร้อยละ " + Figures.format(a.percentOfExpected()) + ")");
    }

    public String percent(double value) {
        return Figures.format(value);
    }
}
