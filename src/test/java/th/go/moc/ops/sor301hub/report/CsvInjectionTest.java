package th.go.moc.ops.sor301hub.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A unit's words in the EvMIS CSV never run as a formula when the file is opened in a spreadsheet. */
class CsvInjectionTest {

    @Test
    void textsThatASpreadsheetWouldRunAreNeutralised() {
        assertThat(EvmisFileWriter.csv("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(EvmisFileWriter.csv("+1+2")).isEqualTo("'+1+2");
        assertThat(EvmisFileWriter.csv("-2+3")).isEqualTo("'-2+3");
        assertThat(EvmisFileWriter.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(EvmisFileWriter.csv("\tcmd")).isEqualTo("'\tcmd");
        assertThat(EvmisFileWriter.csv("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void numbersAndOrdinaryTextsAreWrittenAsTheyAre() {
        assertThat(EvmisFileWriter.csv(-5.0)).isEqualTo("-5");
        assertThat(EvmisFileWriter.csv(12.5)).isEqualTo("12.5");
        assertThat(EvmisFileWriter.csv("จำนวนผู้ประกอบการ")).isEqualTo("จำนวนผู้ประกอบการ");
        assertThat(EvmisFileWriter.csv(null)).isEmpty();
    }
}
