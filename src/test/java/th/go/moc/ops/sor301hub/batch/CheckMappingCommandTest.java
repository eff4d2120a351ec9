package th.go.moc.ops.sor301hub.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.moc.ops.sor301hub.Fixtures;

/** What a staff member writing a mapping sees when trying it on a unit's sample workbook. */
class CheckMappingCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CheckMappingCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsEachFieldsCellAndValueTheTitleAndTheLinesRead() throws IOException {
        Path sample = Fixtures.sample("kyp");
        int exit = run("check-mapping", "--layout", "mappings/layouts/template-v1.yaml", "--workbook", sample.toString());
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed()).contains("It fits this file: 100% of its fields found")
                .contains("หน่วยงาน / unit: \"กองยุทธศาสตร์และแผนงาน\" (B2)")
                .containsPattern("indicator\\s+G7\\s+= ")
                .containsPattern("annualTarget\\s+K7\\s+= ")
                .contains("ไม่พบปัญหา / No problems.");
    }

    @Test
    void aProblemInTheSampleIsShownWithItsCell() {
        int exit = run("check-mapping", "--layout", "mappings/layouts/template-v1.yaml", "--workbook",
                Fixtures.sample("pco-khonkaen").toString());
        assertThat(exit).isEqualTo(CheckMappingCommand.PROBLEMS);
        assertThat(printed()).contains("cell AA9").contains("ประมาณ 12");
    }

    @Test
    void aMappingThatDoesNotFitSaysWhatItMisses() {
        int exit = run("check-mapping", "--layout", "mappings/layouts/long.yaml", "--workbook",
                Fixtures.sample("kyp").toString());
        assertThat(exit).isEqualTo(CheckMappingCommand.PROBLEMS);
        // The long layout has one row per month under a "เดือน" column, which the template has not.
        assertThat(printed()).contains("It does not fit this file").contains("the headers เดือน were not found");
    }

    @Test
    void aBrokenMappingIsRefusedWithWhatIsWrong() throws IOException {
        String v1 = Files.readString(Path.of("mappings/layouts/template-v1.yaml"));
        Path broken = Files.writeString(dir.resolve("broken.yaml"),
                v1.replaceFirst("(resultNarrative:\\s*\\{ headers: \\[)", "$1ผลสะสม, "));
        int exit = run("check-mapping", "--layout", broken.toString(), "--workbook", Fixtures.sample("kyp").toString());
        assertThat(exit).isEqualTo(CheckMappingCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ไฟล์แบบรายงานใช้ไม่ได้ / The mapping cannot be used")
                .contains("both claim the header \"ผลสะสม\"");
    }
}
