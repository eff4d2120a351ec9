package th.go.moc.ops.sor301hub.sor301;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures as the reports print them: two decimals at most, rounded half up as written, thousands grouped. */
class FiguresTest {

    @Test
    void figuresAreRoundedHalfUpAsTheyAreWritten() {
        assertThat(Figures.format(1234.5)).isEqualTo("1,234.5");
        assertThat(Figures.format(120)).isEqualTo("120");
        assertThat(Figures.format(1.005)).as("1.005 as written, though the double is a hair below").isEqualTo("1.01");
        assertThat(Figures.format(2.675)).isEqualTo("2.68");
        assertThat(Figures.format(0.004999)).isEqualTo("0");
        assertThat(Figures.format(0.05)).isEqualTo("0.05");
    }

    @Test
    void roundingCarriesIntoTheWholeFigureAndItsGroups() {
        assertThat(Figures.format(9.995)).isEqualTo("10");
        assertThat(Figures.format(999.995)).isEqualTo("1,000");
        assertThat(Figures.format(-999_999.999)).isEqualTo("-1,000,000");
    }

    @Test
    void aNegativeFigureThatRoundsToZeroHasNoSign() {
        assertThat(Figures.format(-0.004)).isEqualTo("0");
        assertThat(Figures.format(-0.0)).isEqualTo("0");
        assertThat(Figures.format(-0.005)).isEqualTo("-0.01");
    }

    @Test
    void veryLargeAndVerySmallFiguresAreWrittenInFull() {
        assertThat(Figures.format(12_345_678.125)).isEqualTo("12,345,678.13");
        assertThat(Figures.format(1e15)).isEqualTo("1,000,000,000,000,000");
        assertThat(Figures.format(0.0001)).isEqualTo("0");
        assertThat(Figures.format(-0.0004)).isEqualTo("0");
    }
}
