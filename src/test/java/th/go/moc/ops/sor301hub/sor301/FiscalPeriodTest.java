package th.go.moc.ops.sor301hub.sor301;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalPeriodTest {

    @Test
    void fiscalYearRunsOctoberToSeptemberAndIsNamedByItsEnd() {
        assertThat(FiscalPeriod.of(LocalDate.of(2026, 10, 1))).isEqualTo(new FiscalPeriod(2570, 1));
        assertThat(FiscalPeriod.of(LocalDate.of(2027, 9, 30))).isEqualTo(new FiscalPeriod(2570, 12));
        assertThat(FiscalPeriod.of(LocalDate.of(2026, 5, 31))).isEqualTo(new FiscalPeriod(2569, 8));
        assertThat(new FiscalPeriod(2570, 1).calendarYearBe()).isEqualTo(2569);
        assertThat(new FiscalPeriod(2570, 1).previous()).isEqualTo(new FiscalPeriod(2569, 12));
    }

    @Test
    void readsTheWaysAMonthIsWritten() {
        FiscalPeriod may = new FiscalPeriod(2569, 8);
        for (String text : new String[] {"2569-05", "2026-05", "2569/5", "พ.ค. 2569", "พ.ค.69", "พค 2569", "พฤษภาคม 2569",
            "พฤษภาคม ๒๕๖๙", "พ.ค. ๖๙", "May 2026", "  พ.ค.   2569 ", "พ.ค. 2026"}) {
            assertThat(FiscalPeriod.parse(text)).as(text).isEqualTo(may);
        }
    }

    @Test
    void everyMonthRoundTripsThroughItsKeyAndItsThaiLabel() {
        for (int year = 2450; year <= 2650; year++) {
            for (int month = 1; month <= 12; month++) {
                FiscalPeriod p = new FiscalPeriod(year, month);
                assertThat(FiscalPeriod.parse(p.key())).isEqualTo(p);
                assertThat(FiscalPeriod.parse(p.thaiLabel())).isEqualTo(p);
                assertThat(FiscalPeriod.parse(ThaiText.thaiDigits(p.thaiLabel()))).isEqualTo(p);
                assertThat(FiscalPeriod.parse(p.englishLabel())).isEqualTo(p);
                assertThat(FiscalPeriod.of(p.yearMonthCe().atDay(15))).isEqualTo(p);
            }
        }
    }

    @Test
    void printsTheCumulativeSpanAsTheFormDoes() {
        assertThat(new FiscalPeriod(2569, 8).cumulativeSpanThai()).isEqualTo("ต.ค. ๖๘ – พ.ค. ๖๙");
        assertThat(new FiscalPeriod(2570, 1).cumulativeSpanThai()).isEqualTo("ต.ค. ๖๙ – ต.ค. ๖๙");
    }

    @Test
    void refusesWhatIsNotAMonth() {
        for (String text : new String[] {"", "2569", "ครึ่งปีแรก", "2569-13", "13/2569"}) {
            assertThatThrownBy(() -> FiscalPeriod.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
