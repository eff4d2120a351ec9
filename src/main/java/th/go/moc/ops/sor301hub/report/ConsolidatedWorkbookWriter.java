package th.go.moc.ops.sor301hub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import th.go.moc.ops.sor301hub.analysis.Assessment;
import th.go.moc.ops.sor301hub.analysis.Standing;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.sor301.Figures;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.IndicatorLine;
import th.go.moc.ops.sor301hub.sor301.Provenance;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;
import th.go.moc.ops.sor301hub.sor301.ThaiText;
import th.go.moc.ops.sor301hub.sor301.UnitMonth;

/**
 * The month's consolidated SOR-301 workbook in the seed's form: the title, four columns, sections
 * ๑ above / ๒ on / ๓ below target each split into .๑ OPS service targets and .๒ outputs/projects and
 * activities; then one detail sheet per unit with every figure and the cell it came from.
 */
public final class ConsolidatedWorkbookWriter {

    public static final String FORM_SHEET = "สงป.301";
    static final String[] FORM_HEADERS = {
        "เป้าหมายการให้บริการของหน่วยงาน/ตัวชี้วัด ผลผลิต/โครงการ-กิจกรรม",
        "ค่าเป้าหมายทั้งปีงบประมาณ/หน่วยนับ",
        "ผลความคืบหน้าตามค่าเป้าหมายของตัวชี้วัดแต่ละระดับ (%s)",
        "ผลการดำเนินงาน"};
    private static final String[] SUBSECTIONS = {"เป้าหมายการให้บริการ สป. ดังนี้", "โครงการ/ผลผลิต และกิจกรรม ดังนี้"};

    private final TargetComparison comparison;

    public ConsolidatedWorkbookWriter(TargetComparison comparison) {
        this.comparison = comparison;
    }

    public void write(MonthData month, Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            ReportStyles styles = new ReportStyles(wb);
            List<Assessed> all = new ArrayList<>();
            for (UnitMonth unit : month.units()) {
                for (IndicatorLine line : unit.lines()) {
                    all.add(new Assessed(unit, comparison.assess(line, month.period())));
                }
            }
            writeForm(wb.createSheet(FORM_SHEET), month.period(), all, styles);
            Set<String> sheetNames = new HashSet<>(Set.of(FORM_SHEET));
            for (UnitMonth unit : month.units()) {
                String name = uniqueSheetName(unit.unitName(), sheetNames);
                writeDetail(wb.createSheet(name), month.period(), unit,
                        all.stream().filter(a -> a.unit == unit).map(Assessed::assessment).toList(), styles);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static final int[] FORM_WIDTHS = {70, 26, 40, 70};

    private void writeForm(Sheet sheet, FiscalPeriod period, List<Assessed> all, ReportStyles s) {
        for (int c = 0; c < FORM_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, FORM_WIDTHS[c] * 256);
        }
        int r = 0;
        String title = "รายงานผลปฏิบัติงาน (สงป. ๓๐๑) สำนักงานปลัดกระทรวงพาณิชย์ ประจำเดือน "
                + ThaiMonths.fullName(period.calendarMonth()) + " " + ThaiText.thaiDigits(Integer.toString(period.calendarYearBe()));
        merged(sheet, r++, title, s.title);
        merged(sheet, r++, comparison.ruleThai(period) + "\n" + comparison.ruleEnglish(period), s.note);
        sheet.getRow(r - 1).setHeightInPoints(40);
        int headerRow = r;
        Row header = sheet.createRow(r++);
        header.setHeightInPoints(60);
        for (int c = 0; c < FORM_HEADERS.length; c++) {
            cell(header, c, FORM_HEADERS[c].formatted(period.cumulativeSpanThai()), s.header);
        }
        for (Standing standing : Standing.values()) {
            String n = ThaiText.thaiDigits(Integer.toString(standing.section()));
            sectionRow(sheet, r++, n + ". " + standing.thai() + " ได้แก่", s);
            for (int sub = 0; sub < 2; sub++) {
                boolean serviceTargets = sub == 0;
                sectionRow(sheet, r++, n + "." + ThaiText.thaiDigits(Integer.toString(sub + 1)) + " " + SUBSECTIONS[sub], s);
                List<Assessed> lines = all.stream()
                        .filter(a -> a.assessment.standing() == standing
                                && a.assessment.line().level().isServiceTarget() == serviceTargets)
                        .sorted(ORDER).toList();
                if (lines.isEmpty()) {
                    Row row = sheet.createRow(r++);
                    cell(row, 0, "- ไม่มี -", s.text);
                    for (int c = 1; c < 4; c++) {
                        cell(row, c, null, s.text);
                    }
                }
                for (Assessed a : lines) {
                    formLine(sheet.createRow(r++), a, s);
                }
            }
        }
        landscapeFitToWidth(sheet, headerRow);
    }

    /** Rows grouped service target → output/project → activity, then by unit. */
    private static final Comparator<Assessed> ORDER = Comparator
            .comparing((Assessed a) -> nz(a.assessment.line().hierarchy().serviceTarget()))
            .thenComparing(a -> nz(a.assessment.line().hierarchy().outputProject()))
            .thenComparing(a -> nz(a.assessment.line().hierarchy().activity()))
            .thenComparing(a -> nz(a.assessment.line().indicator().name()))
            .thenComparing(a -> a.unit.unitId());

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void formLine(Row row, Assessed a, ReportStyles s) {
        IndicatorLine line = a.assessment.line();
        StringBuilder what = new StringBuilder("ตัวชี้วัด: ").append(line.indicator().name())
                .append(" (").append(a.unit.unitName()).append(")");
        String context = line.level().isServiceTarget() ? line.hierarchy().serviceTarget()
                : join(line.hierarchy().outputProject(), line.hierarchy().activity());
        if (context != null) {
            what.append("\n").append(context);
        }
        String unitOfCount = line.indicator().unitOfCount();
        String target = line.annualTarget() == null ? "-" : withUnit(line.annualTarget(), unitOfCount);
        StringBuilder progress = new StringBuilder(withUnit(a.assessment.cumulativeResult(), unitOfCount));
        if (a.assessment.percentOfExpected() != null) {
            progress.append(" (ร้อยละ ").append(Figures.format(a.assessment.percentOfExpected()))
                    .append(" ของเป้าหมายสะสม ").append(Figures.format(a.assessment.expected())).append(")");
        }
        StringBuilder result = new StringBuilder(nz(line.narrative().result()));
        if (line.narrative().problems() != null) {
            result.append("\nปัญหา/อุปสรรค: ").append(line.narrative().problems());
        }
        if (line.narrative().remedies() != null) {
            result.append("\nแนวทางแก้ไข: ").append(line.narrative().remedies());
        }
        String[] texts = {what.toString(), target, progress.toString(), result.toString().strip()};
        for (int c = 0; c < texts.length; c++) {
            cell(row, c, texts[c], s.text);
        }
        RowHeights.fit(row, texts, FORM_WIDTHS);
    }

    /** "120 ราย", but "ร้อยละ 85": Thai puts ร้อยละ before the figure. */
    static String withUnit(double value, String unitOfCount) {
        if (unitOfCount == null) {
            return Figures.format(value);
        }
        return unitOfCount.equals("ร้อยละ") ? "ร้อยละ " + Figures.format(value) : Figures.format(value) + " " + unitOfCount;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " / " + b;
    }

    static final String[] DETAIL_HEADERS = {"ระดับ", "ผลผลิต/โครงการ", "กิจกรรม", "รหัสตัวชี้วัด", "ตัวชี้วัด", "หน่วยนับ",
        "ค่าเป้าหมายทั้งปี", "แผนสะสม", "ผลสะสม", "ร้อยละของแผนสะสม", "ร้อยละของเป้าหมายทั้งปี", "ผลการประเมิน",
        "ผลเดือนนี้", "ที่มา (ไฟล์ แผ่นงาน!เซลล์ผลเดือนนี้)"};

    private void writeDetail(Sheet sheet, FiscalPeriod period, UnitMonth unit, List<Assessment> lines, ReportStyles s) {
        int[] widths = {18, 40, 36, 14, 50, 10, 14, 14, 14, 14, 14, 18, 14, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Row title = sheet.createRow(0);
        cell(title, 0, unit.unitName() + " — ฉบับที่ " + unit.version() + " (" + unit.fileName() + ")", s.title);
        Row header = sheet.createRow(1);
        for (int c = 0; c < DETAIL_HEADERS.length; c++) {
            cell(header, c, DETAIL_HEADERS[c], s.header);
        }
        int r = 2;
        String resultField = Provenance.monthField("result", period.fiscalMonth());
        for (Assessment a : lines) {
            IndicatorLine l = a.line();
            Row row = sheet.createRow(r++);
            cell(row, 0, l.level().thai(), s.text);
            cell(row, 1, l.level().isServiceTarget() ? l.hierarchy().serviceTarget() : l.hierarchy().outputProject(), s.text);
            cell(row, 2, l.hierarchy().activity(), s.text);
            cell(row, 3, l.indicator().code(), s.text);
            cell(row, 4, l.indicator().name(), s.text);
            cell(row, 5, l.indicator().unitOfCount(), s.text);
            number(row, 6, l.annualTarget(), s.number);
            number(row, 7, a.expected(), s.number);
            number(row, 8, a.cumulativeResult(), s.number);
            number(row, 9, a.percentOfExpected(), s.percent);
            number(row, 10, a.percentOfAnnual(), s.percent);
            cell(row, 11, a.standing().thai(), s.text);
            number(row, 12, l.result().get(period.fiscalMonth()), s.number);
            cell(row, 13, unit.fileName() + " " + l.source().where(resultField), s.text);
        }
        sheet.createFreezePane(0, 2);
        landscapeFitToWidth(sheet, 1);
    }

    /** A4 landscape, as wide as the page, header rows repeated on every page, "- ๒ -" at the foot. */
    private static void landscapeFitToWidth(Sheet sheet, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getFooter().setCenter("- &P -");
    }

    private static String uniqueSheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static void merged(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
    }

    private static void sectionRow(Sheet sheet, int r, String text, ReportStyles s) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(RowHeights.LINE_POINTS + 6);
        cell(row, 0, text, s.section);
        for (int c = 1; c < 4; c++) {
            cell(row, c, null, s.section);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        if (text != null) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    private static void number(Row row, int c, Double value, CellStyle style) {
        Cell cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private record Assessed(UnitMonth unit, Assessment assessment) {
    }
}
