package th.go.moc.ops.sor301hub.sor301;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    private static final LocalDate FEB_28_2025 = LocalDate.of(2025, 2, 28);

    @Test
    void readsTheWaysADateIsWritten() {
        for (String text : new String[] {"28 ก.พ. 68", "28 ก.พ.68", "28ก.พ.2568", "28 กุมภาพันธ์ 2568", "๒๘ ก.พ. ๖๘",
            "28 กพ 2025", "28/02/2568", "28-2-2025", "2025-02-28", "28 Feb 2025"}) {
            assertThat(ThaiDates.parse(text)).as(text).contains(FEB_28_2025);
        }
        assertThat(ThaiDates.parse("31 ก.พ. 68")).isEmpty();
        assertThat(ThaiDates.parse("28 ผล 68")).isEmpty();
        assertThat(ThaiDates.parse("ภายในเดือนนี้")).isEmpty();
    }

    @Test
    void printsInTheBuddhistEraAndReadsItBack() {
        assertThat(ThaiDates.format(FEB_28_2025)).isEqualTo("28 ก.พ. 2568");
        for (LocalDate d = LocalDate.of(2019, 10, 1); d.isBefore(LocalDate.of(2031, 10, 1)); d = d.plusDays(1)) {
            String printed = ThaiDates.format(d);
            assertThat(ThaiDates.parse(printed)).as(printed).contains(d);
            assertThat(ThaiDates.parse(ThaiText.thaiDigits(printed))).contains(d);
            String twoDigitYear = printed.substring(0, printed.length() - 4) + printed.substring(printed.length() - 2);
            assertThat(ThaiDates.parse(twoDigitYear)).as(twoDigitYear).contains(d);
            assertThat(FiscalPeriod.parse(printed)).isEqualTo(FiscalPeriod.of(d));
        }
    }
}
