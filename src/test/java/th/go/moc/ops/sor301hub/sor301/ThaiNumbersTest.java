package th.go.moc.ops.sor301hub.sor301;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ThaiNumbersTest {

    @Test
    void readsNumbersAsUnitsTypeThem() {
        assertThat(ThaiNumbers.read("1,234.50")).isEqualTo(new ThaiNumbers.Value(1234.5, false));
        assertThat(ThaiNumbers.read("๑,๒๓๔")).isEqualTo(new ThaiNumbers.Value(1234, false));
        assertThat(ThaiNumbers.read(" 85% ")).isEqualTo(new ThaiNumbers.Value(85, true));
        assertThat(ThaiNumbers.read("(1,000)")).isEqualTo(new ThaiNumbers.Value(-1000, false));
        assertThat(ThaiNumbers.read("1 234")).isEqualTo(new ThaiNumbers.Value(1234, false));
        assertThat(ThaiNumbers.read("-")).isInstanceOf(ThaiNumbers.Nil.class);
        assertThat(ThaiNumbers.read("–")).isInstanceOf(ThaiNumbers.Nil.class);
        assertThat(ThaiNumbers.read("ประมาณ 12")).isInstanceOf(ThaiNumbers.NotANumber.class);
        assertThat(ThaiNumbers.read("12 ราย")).isInstanceOf(ThaiNumbers.NotANumber.class);
        assertThat(ThaiNumbers.read("1.2.3")).isInstanceOf(ThaiNumbers.NotANumber.class);
    }

    @Test
    void anyFigureRoundTripsThroughThaiDigitsAndGrouping() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            double value = Math.round((random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(9)) * 100) / 100.0;
            String grouped = Figures.format(value);
            assertThat(ThaiNumbers.parse(grouped)).as(grouped).contains(value);
            assertThat(ThaiNumbers.parse(ThaiText.thaiDigits(grouped))).as(grouped).contains(value);
            assertThat(ThaiNumbers.parse(Figures.plain(value))).contains(value);
        }
    }

    @Test
    void thaiDigitsBecomeAsciiAndBack() {
        assertThat(ThaiText.asciiDigits("พ.ศ. ๒๕๖๙")).isEqualTo("พ.ศ. 2569");
        assertThat(ThaiText.thaiDigits("2569")).isEqualTo("๒๕๖๙");
        assertThat(ThaiText.key("ค่าเป้าหมาย\nทั้งปี (๑)")).isEqualTo(ThaiText.key("ค่าเป้าหมายทั้งปี 1"));
    }

    @Test
    void yearsAreReadAsTheyAreWritten() {
        assertThat(BuddhistYear.toBe(2569)).isEqualTo(2569);
        assertThat(BuddhistYear.toBe(2026)).isEqualTo(2569);
        assertThat(BuddhistYear.toBe(69)).isEqualTo(2569);
        assertThat(ThaiMonths.calendarMonth("ก.ย.")).hasValue(9);
        assertThat(ThaiMonths.calendarMonth("กันยายน 2569")).hasValue(9);
        assertThat(ThaiMonths.calendarMonth("แผน")).isEmpty();
    }
}
