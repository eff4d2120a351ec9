package th.go.moc.ops.sor301hub.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.go.moc.ops.sor301hub.sor301.A1;

/** The same mistake in every row is listed for the first cells and counted for the rest, never dropped unsaid. */
class ProblemListTest {

    @Test
    void eachRuleKeepsItsFirstCellsAndCountsTheRest() {
        ProblemList problems = new ProblemList();
        for (int row = 0; row < 450; row++) {
            problems.add(Rules.negativeResult("a.xlsx", "ผล", A1.of(row + 9, 26), "จำนวนผู้ประกอบการ", -1));
        }
        for (int row = 0; row < 3; row++) {
            problems.add(Rules.notANumber("a.xlsx", "ผล", A1.of(row + 9, 10), "annualTarget", "ครึ่งหนึ่ง"));
        }

        List<Problem> all = problems.withCounts();

        assertThat(problems).hasSize(ProblemList.PER_RULE + 3);
        assertThat(all).hasSize(ProblemList.PER_RULE + 4);
        Problem more = all.get(all.size() - 1);
        assertThat(more.rule()).isEqualTo(all.get(0).rule());
        assertThat(more.severity()).isEqualTo(all.get(0).severity());
        assertThat(more.message().th()).startsWith("ยังมีอีก 250 เซลล์").contains(all.get(0).message().th());
        assertThat(more.message().en()).startsWith("250 more cells").contains("first 200");
        assertThat(all).filteredOn(p -> p.cell() != null && p.cell().equals("AA10")).hasSize(1);
    }
}
