package th.go.moc.ops.sor301hub.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import th.go.moc.ops.sor301hub.Fixtures;
import th.go.moc.ops.sor301hub.Openpyxl;
import th.go.moc.ops.sor301hub.checked.CheckedSubmission;
import th.go.moc.ops.sor301hub.samples.TemplateV1Writer;
import th.go.moc.ops.sor301hub.samples.ThreeLineWorkbook;
import th.go.moc.ops.sor301hub.samples.UnitWorkbook;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.validation.History;

/**
 * For every rule: a workbook with that one fault, checked, and its feedback workbook read back with
 * openpyxl: the cell is filled in the rule's colour and carries the message, and the summary sheet
 * lists it with a link to the cell.
 */
class FeedbackForEveryRuleTest {

    private static final String PERF = "ผลการดำเนินงาน";
    private static final String BUDGET = "การใช้จ่ายงบประมาณ";
    private static final Instant JUNE_5 = Instant.parse("2026-06-05T03:00:00Z");

    @TempDir
    Path dir;

    /** One fault: what to change, what history to check against, and where the problem must show. */
    public record Case(String rule, String sheet, String cell, boolean error, Consumer<UnitWorkbook> fault, History history,
                Instant received, String fileName) {

        Case(String rule, String sheet, String cell, boolean error, Consumer<UnitWorkbook> fault) {
            this(rule, sheet, cell, error, fault, History.NONE, JUNE_5, "สงป301_กยผ_2569-05.xlsx");
        }

        @Override
        public String toString() {
            return rule;
        }
    }

    public static Stream<Case> cases() {
        return Stream.of(
                new Case("NOT_A_NUMBER", PERF, "AA8", true, wb -> wb.lines.get(1).result[7] = "ประมาณ 1"),
                new Case("FORMULA_ERROR", PERF, "K8", true,
                        wb -> wb.lines.get(1).annualTarget = new TemplateV1Writer.Formula("1/0")),
                new Case("INDICATOR_MISSING", PERF, "G8", true, wb -> wb.lines.get(1).name = null),
                new Case("ANNUAL_TARGET_MISSING", PERF, "K8", true, wb -> wb.lines.get(1).annualTarget = null),
                new Case("LEVEL_INVALID", PERF, "A8", true, wb -> wb.lines.get(1).level = "ระดับสูงสุด"),
                new Case("RESULT_MISSING", PERF, "AA8", true, wb -> {
                    wb.lines.get(1).result[7] = null;
                    wb.lines.get(1).cumulative = 7.0;
                }),
                new Case("NEGATIVE_RESULT", PERF, "Q8", true, wb -> {
                    wb.lines.get(1).result[2] = -1.0;
                    wb.lines.get(1).cumulative = 6.0;
                }),
                new Case("CUMULATIVE_MISMATCH", PERF, "AJ8", true, wb -> wb.lines.get(1).cumulative = 99.0),
                new Case("KIND_INVALID", PERF, "H8", true, wb -> wb.lines.get(1).kind = "เชิงปริมาณมาก"),
                new Case("UNIT_OF_COUNT_INVALID", PERF, "I8", true, wb -> wb.lines.get(1).unitOfCount = "อัน"),
                new Case("UNIT_OF_COUNT_MISSING", PERF, "I8", true, wb -> wb.lines.get(1).unitOfCount = null),
                new Case("PERCENT_OVER_100", PERF, "AA7", true, wb -> {
                    wb.lines.get(0).result[7] = 120.0;
                    wb.lines.get(0).cumulative = 120.0;
                }),
                new Case("PLAN_SUM", PERF, "K8", false, wb -> wb.lines.get(1).plan[0] = 5.0),
                new Case("RESULT_IN_FUTURE", PERF, "AC8", true, wb -> wb.lines.get(1).result[8] = 1.0),
                new Case("OUTLIER", PERF, "AA8", false, wb -> {
                    wb.lines.get(1).result[7] = 50.0;
                    wb.lines.get(1).cumulative = 57.0;
                }),
                new Case("CATEGORY_INVALID", BUDGET, "B7", true, wb -> wb.budget.get(0).category = "งบพิเศษ"),
                new Case("OVER_ALLOCATION", BUDGET, "C7", true, wb -> wb.budget.get(0).allocation = 500_000.0),
                new Case("DISBURSEMENT_ABOVE_PLAN", BUDGET, "S7", false, wb -> wb.budget.get(0).disbursed[7] = 400_000.0),
                new Case("DUPLICATE_INDICATOR", PERF, "G9", true, wb -> wb.lines.add(2, wb.lines.get(1))),
                new Case("NEW_INDICATOR", PERF, "G8", false, wb -> { },
                        april(wb -> wb.lines.remove(1)), JUNE_5, "สงป301_กยผ_2569-05.xlsx"),
                new Case("CUMULATIVE_FELL", PERF, "AJ8", true, wb -> { },
                        april(wb -> wb.lines.get(1).result[6] = 3.0), JUNE_5, "สงป301_กยผ_2569-05.xlsx"),
                new Case("MINISTRY_SHARED", PERF, "G7", false, wb -> wb.lines.get(0).level = "เป้าหมายกระทรวง",
                        othersReport(3), JUNE_5, "สงป301_กยผ_2569-05.xlsx"),
                new Case("LATE", null, null, false, wb -> { }, History.NONE, Instant.parse("2026-06-20T03:00:00Z"),
                        "สงป301_กยผ_2569-05.xlsx"),
                new Case("PERIOD_MISSING", null, null, true, wb -> wb.period = null),
                new Case("PERIOD_INVALID", PERF, "B3", true, wb -> wb.period = "ครึ่งปีแรก"),
                new Case("PERIOD_IN_FUTURE", PERF, "B3", true, wb -> wb.period = "ก.ค. 2569", History.NONE, JUNE_5,
                        "รายงาน_กยผ.xlsx"),
                new Case("FISCAL_YEAR_MISMATCH", PERF, "F2", true, wb -> wb.fiscalYear = "2568"),
                new Case("UNIT_UNKNOWN", PERF, "B2", true, wb -> wb.unitName = "กองที่ไม่มีอยู่จริง"),
                new Case("UNIT_FOLDER_MISMATCH", PERF, "B2", true, wb -> wb.unitName = "กองกลาง", History.NONE, JUNE_5,
                        "รายงานประจำเดือน.xlsx"),
                new Case("FILE_NAME_MONTH", PERF, "B3", true, wb -> { }, History.NONE, JUNE_5,
                        "สงป301_กยผ_2569-04.xlsx"),
                new Case("FILE_NAME_UNIT", PERF, "B2", true, wb -> { }, History.NONE, JUNE_5, "สงป301_กบค_2569-05.xlsx"));
    }

    @Test
    void theWorkbookWithoutFaultsHasNoProblems() throws IOException, InterruptedException {
        Path file = write(ThreeLineWorkbook.withBudget(), "สงป301_กยผ_2569-05.xlsx");
        CheckedSubmission s = Fixtures.reader().read(file, file.getFileName().toString(), "kyp", JUNE_5, History.NONE);
        assertThat(s.problems()).isEmpty();
        Map<String, Object> fb = Openpyxl.readFeedback(FeedbackFiles.write(dir.resolve("feedback"), file, s, List.of(),
                "kyp"));
        assertThat(fb.get("verdict").toString()).contains("ผ่านการตรวจ ไม่พบปัญหา").contains("Accepted: no problems found.");
        assertThat(fb.get("layout")).isEqualTo("อ่านด้วยแบบรายงาน template-v1 (พบหัวตารางร้อยละ 100 ของแบบ)"
                + " / Read with layout template-v1 (100% of its fields found).");
        assertThat((List<?>) fb.get("summary")).isEmpty();
        assertThat((Map<?, ?>) fb.get("marks")).isEmpty();
    }

    /** Writes the case's faulty workbook under {@code dir} and its feedback under {@code dir/feedback}. */
    static Path feedbackFor(Case c, Path dir) throws IOException {
        UnitWorkbook content = ThreeLineWorkbook.withBudget();
        c.fault().accept(content);
        Path file = dir.resolve("in").resolve(c.rule()).resolve(c.fileName());
        TemplateV1Writer.write(content, file);
        CheckedSubmission s = Fixtures.reader().read(file, c.fileName(), "kyp", c.received(), c.history());
        return FeedbackFiles.write(dir.resolve("feedback").resolve(c.rule()), file, s, List.of(), "kyp");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theProblemIsMarkedOnItsCellAndListedInTheSummary(Case c) throws IOException, InterruptedException {
        UnitWorkbook content = ThreeLineWorkbook.withBudget();
        c.fault().accept(content);
        Path file = write(content, c.fileName());
        byte[] before = Files.readAllBytes(file);

        CheckedSubmission s = Fixtures.reader().read(file, c.fileName(), "kyp", c.received(), c.history());
        Path feedback = FeedbackFiles.write(dir.resolve("feedback"), file, s, List.of(), "kyp");

        assertThat(Files.readAllBytes(file)).as("the original is never modified").isEqualTo(before);
        assertThat(feedback.getParent().getFileName().toString()).isEqualTo("kyp");
        assertThat(feedback.getFileName().toString()).isEqualTo(c.fileName().replace(".xlsx", ".ตรวจแล้ว-checked.xlsx"));
        assertThat(s.accepted()).isEqualTo(!c.error());
        Map<String, Object> fb = Openpyxl.readFeedback(feedback);
        assertThat((List<String>) fb.get("sheets")).first().isEqualTo("ผลการตรวจสอบ");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> summary = (List<Map<String, Object>>) fb.get("summary");
        Map<String, Object> row = summary.stream().filter(r -> c.rule().equals(r.get("rule"))).findFirst()
                .orElseThrow(() -> new AssertionError(c.rule() + " not in the summary: " + summary));
        boolean forInformation = c.rule().equals("LATE") || c.rule().equals("MINISTRY_SHARED");
        assertThat(row.get("severity")).isEqualTo(c.error() ? "ข้อผิดพลาด / Error"
                : forInformation ? "เพื่อทราบ / For information" : "คำเตือน / Warning");
        String fill = c.error() ? FeedbackWorkbookWriter.ERROR_RGB
                : forInformation ? FeedbackWorkbookWriter.INFO_RGB : FeedbackWorkbookWriter.WARNING_RGB;
        assertThat(row.get("fill").toString()).as("the row coloured by what the unit must do").endsWith(fill);
        assertThat(row.get("font")).as("the official font").isEqualTo("TH SarabunPSK");
        int lineRow = c.cell() == null ? -1 : new org.apache.poi.ss.util.CellReference(c.cell()).getRow() - 6;
        if (PERF.equals(c.sheet()) && lineRow >= 0 && lineRow < 3 && !c.rule().equals("INDICATOR_MISSING")) {
            UnitWorkbook faulty = ThreeLineWorkbook.withBudget();
            c.fault().accept(faulty);
            String name = faulty.lines.get(lineRow).name;
            assertThat(row.get("indicator").toString()).as("the problem names the indicator of its row").contains(name);
        }
        assertThat(row.get("th").toString()).isNotBlank();
        assertThat(row.get("en").toString()).isNotBlank();
        assertThat(fb.get("verdict").toString()).contains(c.error() ? "ไม่ผ่านการตรวจ" : "ผ่านการตรวจ");
        if (c.cell() == null) {
            assertThat(row.get("cell")).isIn("", null);
            assertThat((Map<?, ?>) fb.get("marks")).isEmpty();
            return;
        }
        assertThat(row.get("sheet")).isEqualTo(c.sheet());
        assertThat(row.get("cell")).isEqualTo(c.cell());
        assertThat(row.get("link")).isEqualTo("'" + c.sheet() + "'!" + c.cell());
        @SuppressWarnings("unchecked")
        Map<String, Object> mark = ((Map<String, Map<String, Object>>) fb.get("marks")).get(c.sheet() + "!" + c.cell());
        assertThat(mark).as("a comment on " + c.cell()).isNotNull();
        assertThat(mark.get("fill").toString()).endsWith(fill);
        assertThat(mark.get("comment").toString()).contains(row.get("th").toString()).contains(row.get("en").toString());
        assertThat(mark.get("author")).isEqualTo("SOR-301 Hub");
    }

    @SuppressWarnings("unchecked")
    @Test
    void errorsComeFirstAndWhatNeedsNoActionIsSetApartAtTheEnd() throws IOException, InterruptedException {
        // Sent late, a shared ministry indicator (both for information), a plan that does not add up (a warning
        // to check) and a text in a result cell (an error), in the order the checks find them.
        UnitWorkbook content = ThreeLineWorkbook.withBudget();
        content.lines.get(0).level = "เป้าหมายกระทรวง";
        content.lines.get(1).plan[0] = 5.0;
        content.lines.get(2).result[7] = "ประมาณ 1";
        Path file = write(content, "สงป301_กยผ_2569-05.xlsx");
        CheckedSubmission s = Fixtures.reader().read(file, file.getFileName().toString(), "kyp",
                Instant.parse("2026-06-20T03:00:00Z"), othersReport(3));
        Map<String, Object> fb = Openpyxl.readFeedback(FeedbackFiles.write(dir.resolve("feedback"), file, s, List.of(),
                "kyp"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) fb.get("summary");
        assertThat(rows).extracting(r -> r.get("severity")).containsExactly("ข้อผิดพลาด / Error", "คำเตือน / Warning",
                "เพื่อทราบ / For information", "เพื่อทราบ / For information");
        assertThat(rows.get(0).get("rule")).isEqualTo("NOT_A_NUMBER");
        assertThat(rows.get(0).get("indicator").toString()).contains(content.lines.get(2).name);
        assertThat(rows).extracting(r -> r.get("rule")).endsWith("LATE").contains("MINISTRY_SHARED", "PLAN_SUM");
        List<Map<String, Object>> headings = (List<Map<String, Object>>) fb.get("headings");
        assertThat(headings).singleElement().satisfies(h -> {
            assertThat(h.get("text").toString()).startsWith("ข้อมูลเพื่อทราบ ไม่ต้องแก้ไข").contains("nothing to correct");
            assertThat((int) h.get("row")).isBetween((int) rows.get(1).get("row"), (int) rows.get(2).get("row"));
        });
    }

    @Test
    void aFileThatCannotBeOpenedGetsAShortFeedbackSayingWhyAndWhatToDo() throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("รายงาน.xlsx"), "ไม่ใช่ไฟล์ Excel");
        CheckedSubmission s = Fixtures.reader().read(file, "รายงาน.xlsx", "kyp", JUNE_5, History.NONE);
        Path feedback = FeedbackFiles.write(dir.resolve("feedback"), file, s, List.of(), "kyp");

        Map<String, Object> fb = Openpyxl.readFeedback(feedback);
        assertThat((List<String>) fb.get("sheets")).containsExactly("ผลการตรวจสอบ");
        assertThat(fb.get("summary").toString()).contains("FILE_UNREADABLE").contains("แบบรายงานที่กำหนด")
                .contains("Use the report template");
    }

    @Test
    void theChangesFromThePreviousVersionHaveTheirOwnSheet() throws IOException, InterruptedException {
        UnitWorkbook first = ThreeLineWorkbook.withBudget();
        UnitWorkbook second = ThreeLineWorkbook.withBudget();
        second.lines.get(1).result[7] = 2.0;
        second.lines.get(1).cumulative = 9.0;
        second.lines.get(2).narrative = "ลดระยะเวลาได้ตามเป้า";
        Path file = write(second, "สงป301_กยผ_2569-05.xlsx");
        CheckedSubmission previous = Fixtures.reader().read(write(first, "v1.xlsx"), "v1.xlsx", "kyp", JUNE_5,
                History.NONE);
        CheckedSubmission s = Fixtures.reader().read(file, file.getFileName().toString(), "kyp", JUNE_5, History.NONE);

        List<Change> changes = VersionDiff.between(previous.lines(), s.lines());
        Map<String, Object> fb = Openpyxl.readFeedback(FeedbackFiles.write(dir.resolve("feedback"), file, s, changes,
                "kyp"));

        assertThat((List<String>) fb.get("sheets")).startsWith("ผลการตรวจสอบ", "การเปลี่ยนแปลง");
        assertThat((List<List<Object>>) fb.get("changes")).containsExactly(
                List.of("จำนวนรายงานที่เสนอผู้บริหาร", "ผล พ.ค. / result May", "1", "2"),
                List.of("จำนวนรายงานที่เสนอผู้บริหาร", "ผลสะสม / cumulative", "8", "9"),
                List.of("ระยะเวลาเฉลี่ยในการจัดทำรายงาน", "ผลการดำเนินงาน / result narrative", "ดำเนินการตามแผน",
                        "ลดระยะเวลาได้ตามเป้า"));
    }

    private Path write(UnitWorkbook content, String name) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.deleteIfExists(file);
        TemplateV1Writer.write(content, file);
        return file;
    }

    /** A history in which the unit's accepted April report is the fault-free workbook with one change. */
    private static History april(Consumer<UnitWorkbook> change) {
        return new History() {
            @Override
            public List<IndicatorLine> accepted(String unitId, FiscalPeriod period) {
                if (!period.equals(new FiscalPeriod(2569, 7))) {
                    return List.of();
                }
                UnitWorkbook wb = ThreeLineWorkbook.withBudget();
                wb.period = "เม.ย. 2569";
                change.accept(wb);
                for (UnitWorkbook.Line l : wb.lines) {
                    l.result[7] = null;
                }
                try {
                    Path file = Files.createTempFile("april", ".xlsx");
                    TemplateV1Writer.write(wb, file);
                    return Fixtures.reader().read(file, "april.xlsx", "kyp").lines();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public int otherUnitsReporting(FiscalPeriod period, String identity, String unitId) {
                return 0;
            }
        };
    }

    private static History othersReport(int units) {
        return new History() {
            @Override
            public List<IndicatorLine> accepted(String unitId, FiscalPeriod period) {
                return List.of();
            }

            @Override
            public int otherUnitsReporting(FiscalPeriod period, String identity, String unitId) {
                return units;
            }
        };
    }
}
