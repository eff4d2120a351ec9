package th.go.moc.ops.sor301hub.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.sor301.BudgetLine;
import th.go.moc.ops.sor301hub.sor301.ExpenseCategory;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.MonthlySeries;
import th.go.moc.ops.sor301hub.sor301.Provenance;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/**
 * The sample month analysed, against figures worked out by hand from the sample workbooks (พ.ค. 2569,
 * fiscal month 8: the cumulative plan is eight months of plan).
 */
class MonthAnalysisTest {

    private static final FiscalPeriod MAY = new FiscalPeriod(2569, 8);
    private static final CabinetTargets CABINET = new CabinetTargets(List.of(30.0, 54.0, 77.0, 100.0));

    private static UnitMonth sample(String unitId) {
        CheckedSubmission s = Fixtures.reader().read(Fixtures.sample(unitId), unitId, unitId);
        assertThat(s.accepted()).as(unitId).isTrue();
        return new UnitMonth(unitId, s.unit().shortName(), 1, Instant.EPOCH, s.fileName(), s.sha256(), s.lines(), s.budget());
    }

    private static MonthAnalysis analyse(double tolerance, TargetComparison.Basis basis) {
        return MonthAnalysis.of(MAY, List.of(sample("pco-chiangmai"), sample("pco-phuket"), sample("kk")),
                new TargetComparison(basis, tolerance), CABINET);
    }

    private static Assessment line(MonthAnalysis a, String unitId, String code) {
        return a.of(unitId).stream().map(UnitAssessment::assessment).filter(x -> code.equals(x.line().indicator().code()))
                .findFirst().orElseThrow();
    }

    @Test
    void classifiesHandCheckedIndicatorsAgainstTheCumulativePlan() {
        MonthAnalysis a = analyse(0, TargetComparison.Basis.CUMULATIVE_PLAN);

        // เชียงใหม่ MOC-ST-01: 8 × 5 = 40 ล้านบาท against 8 × 4 = 32: 125%.
        Assessment value = line(a, "pco-chiangmai", "MOC-ST-01");
        assertThat(value.cumulativeResult()).isEqualTo(40.0);
        assertThat(value.expected()).isEqualTo(32.0);
        assertThat(value.percentOfExpected()).isEqualTo(125.0);
        assertThat(value.percentOfAnnual()).isEqualTo(100.0 * 40 / 48);
        assertThat(value.standing()).isEqualTo(Standing.ABOVE);
        // เชียงใหม่ OPS-ST-02, a rate: the latest month counts (59.5), not the sum of eight months.
        assertThat(line(a, "pco-chiangmai", "OPS-ST-02").cumulativeResult()).isEqualTo(59.5);
        assertThat(line(a, "pco-chiangmai", "OPS-ST-02").standing()).isEqualTo(Standing.BELOW);
        // Lower is better: ภูเก็ต answers price complaints in 5.8 days against a plan of 7; กก. buys in 25 days against 30.
        assertThat(line(a, "pco-phuket", "PCO-04").standing()).isEqualTo(Standing.ABOVE);
        assertThat(line(a, "kk", "KK-02").standing()).isEqualTo(Standing.ABOVE);
        // Exactly the plan: 7 days against 7.
        assertThat(line(a, "pco-chiangmai", "PCO-04").standing()).isEqualTo(Standing.ON);
        // กก. KK-01: 8 × 850 = 6,800 เรื่อง against 8,000.
        assertThat(line(a, "kk", "KK-01").standing()).isEqualTo(Standing.BELOW);
    }

    @Test
    void aResultExactlyAtTheToleranceIsOnTarget() {
        // เชียงใหม่ PCO-01: 8 × 14 = 112 ราย against 8 × 16 = 128, exactly 12.5% short.
        assertThat(line(analyse(0.125, TargetComparison.Basis.CUMULATIVE_PLAN), "pco-chiangmai", "PCO-01").standing())
                .isEqualTo(Standing.ON);
        assertThat(line(analyse(0.12, TargetComparison.Basis.CUMULATIVE_PLAN), "pco-chiangmai", "PCO-01").standing())
                .isEqualTo(Standing.BELOW);
    }

    @Test
    void theAnnualTargetProRataIsTheOtherRule() {
        MonthAnalysis a = analyse(0, TargetComparison.Basis.ANNUAL_PRO_RATA);
        // กก. KK-01: 12,000 × 8/12 = 8,000 expected: the same as its plan here.
        assertThat(line(a, "kk", "KK-01").expected()).isEqualTo(8000.0, offset(1e-9));
        // ภูเก็ต MOC-ST-01: 30 × 8/12 = 20 expected, where its plan says 22; 22 reached is above.
        Assessment phuket = line(a, "pco-phuket", "MOC-ST-01");
        assertThat(phuket.expected()).isEqualTo(20.0, offset(1e-9));
        assertThat(phuket.standing()).isEqualTo(Standing.ABOVE);
        assertThat(new TargetComparison(TargetComparison.Basis.ANNUAL_PRO_RATA, 0).ruleThai(MAY))
                .contains("ค่าเป้าหมายทั้งปีตามสัดส่วนเวลา (๘/๑๒)");
    }

    @Test
    void rollUpsAddCountsAcrossUnitsButNeverAMinistryLevelIndicatorOrARate() {
        MonthAnalysis a = analyse(0, TargetComparison.Basis.CUMULATIVE_PLAN);
        IndicatorRollup entrepreneurs = rollup(a, "จำนวนผู้ประกอบการที่ได้รับการพัฒนา");
        // เชียงใหม่ 112 of 128 and ภูเก็ต 80 of 80: 192 of 208 together.
        assertThat(entrepreneurs.units()).hasSize(2);
        assertThat(entrepreneurs.combined().cumulativeResult()).isEqualTo(192.0);
        assertThat(entrepreneurs.combined().expected()).isEqualTo(208.0);
        assertThat(entrepreneurs.combined().standing()).isEqualTo(Standing.BELOW);
        assertThat(entrepreneurs.count(Standing.BELOW)).isEqualTo(1);
        assertThat(entrepreneurs.count(Standing.ON)).isEqualTo(1);

        assertThat(rollup(a, "มูลค่าการจำหน่ายสินค้าชุมชนที่ได้รับการส่งเสริม").combined()).as("ministry level").isNull();
        assertThat(rollup(a, "ร้อยละความพึงพอใจของผู้รับบริการ").combined()).as("a rate").isNull();
    }

    @Test
    void spendingAgainstPlanAndTheCabinetTarget() {
        MonthlySeries plan = MonthlySeries.of(100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0,
                100.0);
        MonthlySeries paid = MonthlySeries.of(90.0, 90.0, 90.0, 90.0, 90.0, 90.0, 90.0, 90.0, null, null, null, null);
        BudgetLine b = new BudgetLine("ผลผลิต", ExpenseCategory.OPERATING, 1200.0, plan, paid, 60.0,
                new Provenance("x", java.util.Map.of()));
        UnitMonth unit = new UnitMonth("kyp", "กยผ.", 1, Instant.EPOCH, "f.xlsx", "0", List.of(), List.of(b));
        MonthAnalysis a = MonthAnalysis.of(MAY, List.of(unit), new TargetComparison(TargetComparison.Basis.CUMULATIVE_PLAN, 0),
                CABINET);

        BudgetStanding s = a.budgets().get(0);
        // 8 × 90 = 720 of 1,200 = 60%; of a plan of 800, 90%; พ.ค. is in Q3, whose Cabinet target is 77%.
        assertThat(s.disbursedPercent()).isEqualTo(60.0);
        assertThat(s.percentOfPlan()).isEqualTo(90.0);
        assertThat(s.obligatedPercent()).isEqualTo(65.0);
        assertThat(s.cabinetTargetPercent()).isEqualTo(77.0);
        assertThat(s.meetsCabinetTarget()).isFalse();
        assertThat(s.disbursedPercentByMonth()).containsExactly(7.5, 15.0, 22.5, 30.0, 37.5, 45.0, 52.5, 60.0);
        assertThat(a.budgetTotal().disbursedToDate()).isEqualTo(720.0);
    }

    private static IndicatorRollup rollup(MonthAnalysis a, String name) {
        return a.indicators().stream().filter(r -> r.indicator().equals(name)).findFirst().orElseThrow();
    }
}
