package th.go.moc.ops.sor301hub.validation;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import th.go.moc.ops.sor301hub.sor301.Bilingual;
import th.go.moc.ops.sor301hub.sor301.Figures;
import th.go.moc.ops.sor301hub.sor301.FiscalPeriod;
import th.go.moc.ops.sor301hub.sor301.ThaiDates;
import th.go.moc.ops.sor301hub.sor301.ThaiMonths;

/**
 * Every rule a submission is checked against, with its id, severity and message. Rule ids are stable:
 * they are stored and shown to users.
 */
public final class Rules {

    /** English messages carry English dates: "20 Jun 2026", never "20 มิ.ย. 2569". */
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Rules() {
    }

    private static Problem error(String file, String sheet, String cell, String rule, Bilingual message,
                                 String found, String expected) {
        return new Problem(file, sheet, cell, rule, Severity.ERROR, message, found, expected);
    }

    private static Problem warning(String file, String sheet, String cell, String rule, Bilingual message,
                                   String found, String expected) {
        return new Problem(file, sheet, cell, rule, Severity.WARNING, message, found, expected);
    }

    /**
     * Stands for the cells of one rule past those listed: the same rule and severity (an error still
     * rejects the file), with how many more cells and the first of them.
     */
    public static Problem moreOfTheSame(Problem first, int listed, int more) {
        return new Problem(first.file(), first.sheet(), null, first.rule(), first.severity(), new Bilingual(
                "ยังมีอีก %d เซลล์ที่มีปัญหาเดียวกันนี้ (แสดงเฉพาะ %d รายการแรก เช่น %s) กรุณาตรวจสอบทั้งคอลัมน์"
                        .formatted(more, listed, first.message().th()),
                "%d more cells have this same problem (only the first %d are listed, such as: %s) Check the whole column."
                        .formatted(more, listed, first.message().en())), null, null);
    }

    public static Problem unreadable(String file, Bilingual reason) {
        return error(file, null, null, "FILE_UNREADABLE", reason, null, null);
    }

    public static Problem textTooLong(String file, String sheet, String cell, String fieldThai, String fieldEnglish,
                                      int length, int limit) {
        return error(file, sheet, cell, "TEXT_TOO_LONG", new Bilingual(
                "ข้อความในช่อง \"%s\" ยาว %d ตัวอักษร เกินกว่าที่ระบบรับได้ (%d ตัวอักษร) กรุณาย่อให้สั้นลง"
                        .formatted(fieldThai, length, limit),
                "The text in \"%s\" is %d characters long, more than the %d the service keeps. Please shorten it."
                        .formatted(fieldEnglish, length, limit)), Integer.toString(length), "≤ " + limit);
    }

    /** Something failed while handling the file that no check foresaw; the file is kept and M&E staff can look. */
    public static Problem notProcessed(String file, String what) {
        return error(file, null, null, "NOT_PROCESSED", Bilingual.of(
                "ระบบประมวลผลไฟล์ %s ไม่สำเร็จ (%s) ไฟล์ถูกเก็บไว้ในโฟลเดอร์ rejected แล้ว กรุณาเปิดด้วย Excel บันทึกใหม่เป็น .xlsx แล้วส่งอีกครั้ง หากยังไม่ได้ โปรดแจ้งกลุ่มงานติดตามและประเมินผล",
                "The file %s could not be processed (%s). It is kept in the rejected folder. Open it in Excel, save it again as .xlsx and resend it; if that fails, please tell the M&E group.",
                file, what), null, null);
    }

    public static Problem emptyFile(String file) {
        return error(file, null, null, "EMPTY_FILE", Bilingual.of(
                "ไฟล์ %s ว่างเปล่า (0 ไบต์) อาจคัดลอกไม่สำเร็จ กรุณาส่งไฟล์อีกครั้ง",
                "The file %s is empty (0 bytes); the copy may have failed. Please send it again.", file), "0", null);
    }

    public static Problem hiddenFile(String file) {
        return error(file, null, null, "HIDDEN_FILE", Bilingual.of(
                "ชื่อไฟล์ %s ขึ้นต้นด้วยจุด จึงเป็นไฟล์ซ่อนซึ่งระบบไม่อ่าน กรุณาเปลี่ยนชื่อไฟล์ไม่ให้ขึ้นต้นด้วยจุด แล้วส่งอีกครั้ง",
                "The name %s starts with a dot, which makes it a hidden file that is not read. Rename it so that it does not start with a dot and send it again.",
                file), file, null);
    }

    public static Problem unknownLayout(String file, String sheet, List<String> missingHeaders, List<String> layouts) {
        String missing = String.join(", ", missingHeaders);
        return error(file, sheet, null, "LAYOUT_UNKNOWN", Bilingual.of(
                "ไม่รู้จักรูปแบบแบบรายงาน: ไม่พบหัวคอลัมน์ %s กรุณาใช้แบบรายงานที่กำหนด (รูปแบบที่รู้จัก: %s)",
                "Unknown report layout: the headers %s were not found. Use the report template (known layouts: %s).",
                missing, String.join(", ", layouts)), null, missing);
    }

    public static Problem unitMissing(String file, String sheet) {
        return error(file, sheet, null, "UNIT_MISSING", Bilingual.of(
                "ไม่พบชื่อหน่วยงานในส่วนหัวของแบบรายงาน (ช่อง \"หน่วยงาน\") และไฟล์ไม่ได้อยู่ในโฟลเดอร์ของหน่วยงาน",
                "The unit's name is not in the report's title block (\"หน่วยงาน\"), and the file is not in a unit's folder."),
                null, "หน่วยงาน / unit");
    }

    public static Problem unitUnknown(String file, String sheet, String cell, String found) {
        return error(file, sheet, cell, "UNIT_UNKNOWN", Bilingual.of(
                "ไม่รู้จักหน่วยงาน \"%s\" ในทะเบียนหน่วยงาน กรุณาใช้ชื่อหน่วยงานตามทะเบียน",
                "The unit \"%s\" is not in the unit registry. Use the unit's registered name.", found), found, null);
    }

    public static Problem unitFolderMismatch(String file, String sheet, String cell, String inTitle, String folder) {
        return error(file, sheet, cell, "UNIT_FOLDER_MISMATCH", Bilingual.of(
                "หน่วยงานในแบบรายงาน (%s) ไม่ตรงกับโฟลเดอร์ที่ส่งไฟล์ (%s)",
                "The unit in the report (%s) does not match the folder the file was sent to (%s).", inTitle, folder),
                inTitle, folder);
    }

    public static Problem periodMissing(String file, String sheet) {
        return error(file, sheet, null, "PERIOD_MISSING", Bilingual.of(
                "ไม่พบเดือนที่รายงานในส่วนหัวของแบบรายงาน (ช่อง \"ประจำเดือน\") เช่น \"พ.ค. 2569\"",
                "The reporting month is not in the report's title block (\"ประจำเดือน\"), for example \"พ.ค. 2569\"."),
                null, "ประจำเดือน / month");
    }

    public static Problem periodInvalid(String file, String sheet, String cell, String found) {
        return error(file, sheet, cell, "PERIOD_INVALID", Bilingual.of(
                "เดือนที่รายงาน \"%s\" อ่านไม่ได้ กรุณาเขียนเป็น เดือน ปี เช่น \"พ.ค. 2569\"",
                "The reporting month \"%s\" cannot be read. Write month and year, for example \"พ.ค. 2569\".", found),
                found, "พ.ค. 2569");
    }

    public static Problem fiscalYearMismatch(String file, String sheet, String cell, String found, int expected) {
        return error(file, sheet, cell, "FISCAL_YEAR_MISMATCH", Bilingual.of(
                "ปีงบประมาณ %s ไม่ตรงกับเดือนที่รายงาน (ควรเป็น %d)",
                "Fiscal year %s does not match the reporting month (it should be %d).", found, expected),
                found, Integer.toString(expected));
    }

    public static Problem notANumber(String file, String sheet, String cell, String field, String found) {
        return error(file, sheet, cell, "NOT_A_NUMBER", new Bilingual(
                "ช่อง%s ต้องเป็นตัวเลข แต่พบ \"%s\"".formatted(FieldNames.thai(field), found),
                "The %s must be a number, but the cell holds \"%s\".".formatted(FieldNames.english(field), found)), found, "ตัวเลข / a number");
    }

    public static Problem formulaError(String file, String sheet, String cell, String field, String code) {
        return error(file, sheet, cell, "FORMULA_ERROR", new Bilingual(
                "สูตรในช่อง%s ให้ผลผิดพลาด %s กรุณาแก้สูตรหรือใส่ตัวเลข".formatted(FieldNames.thai(field), code),
                "The formula for %s gives the error %s. Fix the formula or type the number."
                        .formatted(FieldNames.english(field), code)), code, "ตัวเลข / a number");
    }

    public static Problem indicatorNameMissing(String file, String sheet, String cell) {
        return error(file, sheet, cell, "INDICATOR_MISSING", Bilingual.of(
                "แถวนี้มีตัวเลขแต่ไม่มีชื่อตัวชี้วัด", "This row has figures but no indicator name."), null,
                "ชื่อตัวชี้วัด / indicator name");
    }

    public static Problem annualTargetMissing(String file, String sheet, String cell, String indicator) {
        return error(file, sheet, cell, "ANNUAL_TARGET_MISSING", Bilingual.of(
                "ตัวชี้วัด \"%s\" ไม่มีค่าเป้าหมายทั้งปี", "Indicator \"%s\" has no annual target.", indicator),
                null, "ค่าเป้าหมายทั้งปี / annual target");
    }

    public static Problem levelInvalid(String file, String sheet, String cell, String found) {
        return error(file, sheet, cell, "LEVEL_INVALID", Bilingual.of(
                "ระดับตัวชี้วัด \"%s\" ไม่ถูกต้อง ใช้ได้: เป้าหมายกระทรวง, เป้าหมาย สป., ผลผลิต/โครงการ, กิจกรรม",
                "Indicator level \"%s\" is not valid. Use: เป้าหมายกระทรวง, เป้าหมาย สป., ผลผลิต/โครงการ, กิจกรรม.", found),
                found, "เป้าหมายกระทรวง | เป้าหมาย สป. | ผลผลิต/โครงการ | กิจกรรม");
    }

    public static Problem categoryInvalid(String file, String sheet, String cell, String found) {
        return error(file, sheet, cell, "CATEGORY_INVALID", Bilingual.of(
                "งบรายจ่าย \"%s\" ไม่ถูกต้อง ใช้ได้: งบบุคลากร, งบดำเนินงาน, งบลงทุน, งบเงินอุดหนุน, งบรายจ่ายอื่น",
                "Expense category \"%s\" is not valid. Use: งบบุคลากร, งบดำเนินงาน, งบลงทุน, งบเงินอุดหนุน, งบรายจ่ายอื่น.",
                found), found, "งบบุคลากร | งบดำเนินงาน | งบลงทุน | งบเงินอุดหนุน | งบรายจ่ายอื่น");
    }

    public static Problem resultMissing(String file, String sheet, String cell, String indicator, FiscalPeriod month) {
        return error(file, sheet, cell, "RESULT_MISSING", new Bilingual(
                "ตัวชี้วัด \"%s\" ไม่มีผลการดำเนินงานเดือน %s (ถ้าไม่มีผลให้ใส่ 0 หรือ -)".formatted(indicator,
                        month.thaiLabel()),
                "Indicator \"%s\" has no result for %s (type 0 or - when there is none).".formatted(indicator,
                        month.englishLabel())),
                null, "ผลเดือน %s / result for %s".formatted(month.thaiLabel(), month.englishLabel()));
    }

    public static Problem negativeResult(String file, String sheet, String cell, String indicator, double value) {
        return error(file, sheet, cell, "NEGATIVE_RESULT", Bilingual.of(
                "ผลการดำเนินงานของตัวชี้วัด \"%s\" ติดลบ (%s) ผลสะสมจึงลดลง กรุณาแก้ไขผลของเดือนที่บันทึกผิดแทน",
                "Indicator \"%s\" has a negative result (%s), so its cumulative falls. Correct the month that was wrong instead.",
                indicator, Figures.format(value)), Figures.format(value), "≥ 0");
    }

    public static Problem cumulativeMismatch(String file, String sheet, String cell, String indicator,
                                             double stated, double sum) {
        return error(file, sheet, cell, "CUMULATIVE_MISMATCH", Bilingual.of(
                "ผลสะสมของตัวชี้วัด \"%s\" (%s) ไม่ตรงกับผลที่คำนวณจากผลรายเดือน (%s)",
                "The cumulative result of \"%s\" (%s) does not match the figure its months give (%s).",
                indicator, Figures.format(stated), Figures.format(sum)), Figures.format(stated), Figures.format(sum));
    }

    public static Problem noLines(String file, String sheet) {
        return error(file, sheet, null, "NO_LINES", Bilingual.of(
                "ไม่พบตัวชี้วัดใดในแผ่นงานนี้", "No indicator rows were found on this sheet."), null, null);
    }

    public static Problem hiddenRow(String file, String sheet, String cell) {
        return warning(file, sheet, cell, "HIDDEN_ROW", Bilingual.of(
                "แถวนี้ถูกซ่อนไว้ ระบบอ่านข้อมูลในแถวนี้ด้วย", "This row is hidden; its data was read all the same."),
                null, null);
    }

    public static Problem columnNamedTwice(String file, String sheet, String cell, String header, String read,
                                           String unread) {
        return warning(file, sheet, cell, "COLUMN_TWICE", Bilingual.of(
                "มีสองคอลัมน์ที่หัวตารางเป็น \"%s\" (%s และ %s) ระบบอ่านคอลัมน์ %s เท่านั้น โปรดตรวจว่าถูกคอลัมน์",
                "Two columns are headed \"%s\" (%s and %s); only column %s is read. Please check it is the right one.",
                header, read, unread, read), unread, read);
    }

    public static Problem hiddenSheet(String file, String sheet) {
        return warning(file, sheet, null, "HIDDEN_SHEET", Bilingual.of(
                "แผ่นงานนี้ถูกซ่อนไว้ ระบบอ่านข้อมูลในแผ่นงานนี้ด้วย", "This sheet is hidden; its data was read all the same."),
                null, null);
    }
    public static Problem periodInFuture(String file, String sheet, String cell, String found) {
        return error(file, sheet, cell, "PERIOD_IN_FUTURE", Bilingual.of(
                "เดือนที่รายงาน %s ยังไม่สิ้นสุด กรุณาตรวจสอบเดือนในแบบรายงาน",
                "The reporting month %s has not ended yet. Check the month in the report.", found), found, null);
    }

    public static Problem monthInvalid(String file, String sheet, String cell, String found) {
        return error(file, sheet, cell, "MONTH_INVALID", Bilingual.of(
                "อ่านเดือนในช่องนี้ไม่ได้ (\"%s\") กรุณาเขียนเป็นชื่อเดือน เช่น \"ต.ค. 68\"",
                "The month in this cell cannot be read (\"%s\"). Write the month's name, for example \"ต.ค. 68\".",
                found), found, "ต.ค. 68");
    }

    public static Problem monthOfAnotherYear(String file, String sheet, String cell, String found, int fiscalYear) {
        return error(file, sheet, cell, "MONTH_OTHER_YEAR", Bilingual.of(
                "เดือน %s ไม่อยู่ในปีงบประมาณ %d ของรายงานนี้", "The month %s is not in this report's fiscal year %d.",
                found, fiscalYear), found, Integer.toString(fiscalYear));
    }

    public static Problem fileNameMonthMismatch(String file, String sheet, String cell, String inName, String inTitle) {
        return error(file, sheet, cell, "FILE_NAME_MONTH", Bilingual.of(
                "ชื่อไฟล์ระบุเดือน %s แต่แบบรายงานระบุเดือน %s กรุณาแก้ให้ตรงกัน",
                "The file name says %s but the report says %s. Make them agree.", inName, inTitle), inName, inTitle);
    }

    public static Problem fileNameUnitMismatch(String file, String sheet, String cell, String inName, String inTitle) {
        return error(file, sheet, cell, "FILE_NAME_UNIT", Bilingual.of(
                "ชื่อไฟล์ระบุหน่วยงาน %s แต่แบบรายงานเป็นของ %s กรุณาแก้ให้ตรงกัน",
                "The file name names %s but the report is from %s. Make them agree.", inName, inTitle), inName, inTitle);
    }

    public static Problem kindInvalid(String file, String sheet, String cell, String found, List<String> allowed) {
        return error(file, sheet, cell, "KIND_INVALID", Bilingual.of(
                "ประเภทตัวชี้วัด \"%s\" ไม่อยู่ในรายการ ใช้ได้: %s", "Indicator kind \"%s\" is not allowed. Use: %s.",
                found, String.join(", ", allowed)), found, String.join(" | ", allowed));
    }

    public static Problem unitOfCountInvalid(String file, String sheet, String cell, String found) {
        return error(file, sheet, cell, "UNIT_OF_COUNT_INVALID", Bilingual.of(
                "หน่วยนับ \"%s\" ไม่อยู่ในรายการหน่วยนับที่กำหนด (mappings/rules.yaml)",
                "The unit of count \"%s\" is not in the list of units (mappings/rules.yaml).", found), found, null);
    }

    public static Problem unitOfCountMissing(String file, String sheet, String cell, String indicator) {
        return error(file, sheet, cell, "UNIT_OF_COUNT_MISSING", Bilingual.of(
                "ตัวชี้วัด \"%s\" ไม่มีหน่วยนับ", "Indicator \"%s\" has no unit of count.", indicator), null,
                "หน่วยนับ / unit of count");
    }

    public static Problem percentOver100(String file, String sheet, String cell, String indicator, double value) {
        return error(file, sheet, cell, "PERCENT_OVER_100", Bilingual.of(
                "ตัวชี้วัด \"%s\" เป็นร้อยละ แต่มีค่า %s ซึ่งเกิน 100",
                "Indicator \"%s\" is a percentage but this value is %s, above 100.", indicator, Figures.format(value)),
                Figures.format(value), "0 – 100");
    }

    public static Problem planSumMismatch(String file, String sheet, String cell, String indicator, double sum,
                                          double target) {
        return warning(file, sheet, cell, "PLAN_SUM", Bilingual.of(
                "แผนรายเดือนของตัวชี้วัด \"%s\" รวมได้ %s ไม่เท่ากับค่าเป้าหมายทั้งปี %s",
                "The monthly plan of \"%s\" adds up to %s, not the annual target %s.", indicator, Figures.format(sum),
                Figures.format(target)), Figures.format(sum), Figures.format(target));
    }

    /** @param month and {@code reportingMonth}: fiscal months, 1 = ต.ค. */
    public static Problem resultAfterReportingMonth(String file, String sheet, String cell, String indicator,
                                                    int month, int reportingMonth) {
        return error(file, sheet, cell, "RESULT_IN_FUTURE", new Bilingual(
                "ตัวชี้วัด \"%s\" มีผลของเดือน %s ซึ่งเลยเดือนที่รายงาน (%s) กรุณาตรวจว่ากรอกผิดช่องหรือไม่".formatted(
                        indicator, thaiMonth(month), thaiMonth(reportingMonth)),
                "Indicator \"%s\" has a result for %s, after the reporting month (%s). Was it typed in the wrong column?"
                        .formatted(indicator, englishMonth(month), englishMonth(reportingMonth))),
                null, "ว่าง / blank");
    }

    public static Problem outlier(String file, String sheet, String cell, String indicator, double value, double mean) {
        return warning(file, sheet, cell, "OUTLIER", Bilingual.of(
                "ผลของตัวชี้วัด \"%s\" เดือนนี้ (%s) ต่างจากเดือนอื่นของหน่วยงานมาก (เฉลี่ย %s) โปรดตรวจสอบ",
                "This month's result of \"%s\" (%s) is far from the unit's other months (average %s): please check it.",
                indicator, Figures.format(value), Figures.format(mean)), Figures.format(value), Figures.format(mean));
    }

    public static Problem overAllocation(String file, String sheet, String cell, String output, String category,
                                         double spent, double allocation) {
        return error(file, sheet, cell, "OVER_ALLOCATION", Bilingual.of(
                "%s %s: เบิกจ่ายรวมก่อหนี้ผูกพัน %s เกินงบประมาณที่ได้รับจัดสรร %s",
                "%s %s: disbursed plus committed, %s, is above the allocation of %s.", output, category,
                Figures.format(spent), Figures.format(allocation)), Figures.format(spent), "≤ " + Figures.format(allocation));
    }

    /** @param month fiscal month, 1 = ต.ค. */
    public static Problem disbursementFarAbovePlan(String file, String sheet, String cell, String output, int month,
                                                   double disbursed, double plan) {
        return warning(file, sheet, cell, "DISBURSEMENT_ABOVE_PLAN", new Bilingual(
                "%s: เบิกจ่ายเดือน %s (%s) สูงกว่าแผนการใช้จ่าย (%s) มาก โปรดตรวจสอบ".formatted(output, thaiMonth(month),
                        Figures.format(disbursed), Figures.format(plan)),
                "%s: the disbursement for %s (%s) is far above its spending plan (%s): please check it.".formatted(output,
                        englishMonth(month), Figures.format(disbursed), Figures.format(plan))),
                Figures.format(disbursed), Figures.format(plan));
    }

    /** "มิ.ย." for fiscal month 9. */
    private static String thaiMonth(int fiscalMonth) {
        return ThaiMonths.shortName(FiscalPeriod.calendarMonthOf(fiscalMonth));
    }

    /** "Jun" for fiscal month 9. */
    private static String englishMonth(int fiscalMonth) {
        return Month.of(FiscalPeriod.calendarMonthOf(fiscalMonth)).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    public static Problem duplicateIndicator(String file, String sheet, String cell, String indicator, String firstCell) {
        return error(file, sheet, cell, "DUPLICATE_INDICATOR", Bilingual.of(
                "ตัวชี้วัด \"%s\" ซ้ำกับแถวที่เซลล์ %s", "Indicator \"%s\" is reported twice (see also cell %s).",
                indicator, firstCell), indicator, null);
    }

    public static Problem newIndicator(String file, String sheet, String cell, String indicator, FiscalPeriod lastMonth) {
        return warning(file, sheet, cell, "NEW_INDICATOR", new Bilingual(
                "ตัวชี้วัด \"%s\" ไม่มีในรายงานเดือน %s ของหน่วยงาน เป็นตัวชี้วัดใหม่หรือเปลี่ยนชื่อ?".formatted(indicator,
                        lastMonth.thaiLabel()),
                "Indicator \"%s\" was not in the unit's report for %s: is it new, or renamed?".formatted(indicator,
                        lastMonth.englishLabel())),
                indicator, null);
    }

    public static Problem cumulativeFell(String file, String sheet, String cell, String indicator, double now,
                                         double before, FiscalPeriod lastMonth) {
        return error(file, sheet, cell, "CUMULATIVE_FELL", new Bilingual(
                "ผลสะสมของตัวชี้วัด \"%s\" (%s) ต่ำกว่าผลสะสมที่รายงานเดือน %s (%s)".formatted(indicator,
                        Figures.format(now), lastMonth.thaiLabel(), Figures.format(before)),
                "The cumulative result of \"%s\" (%s) is below the one reported for %s (%s).".formatted(indicator,
                        Figures.format(now), lastMonth.englishLabel(), Figures.format(before))),
                Figures.format(now), "≥ " + Figures.format(before));
    }

    public static Problem ministryIndicatorShared(String file, String sheet, String cell, String indicator, int others) {
        return warning(file, sheet, cell, "MINISTRY_SHARED", Bilingual.of(
                "ตัวชี้วัดระดับกระทรวง \"%s\" มีหน่วยงานอื่นรายงานด้วย %d หน่วยงาน ระบบจะไม่นำผลมารวมกัน",
                "The ministry-level indicator \"%s\" is also reported by %d other unit(s); the results are never added up.",
                indicator, others), null, null);
    }

    public static Problem late(String file, LocalDate received, LocalDate deadline) {
        return warning(file, null, null, "LATE", new Bilingual(
                "ส่งเมื่อ %s หลังกำหนดส่ง %s (รับไว้ แต่บันทึกว่าส่งล่าช้า)".formatted(ThaiDates.format(received),
                        ThaiDates.format(deadline)),
                "Sent on %s, after the deadline of %s (accepted, and noted as late).".formatted(ENGLISH_DAY.format(received),
                        ENGLISH_DAY.format(deadline))),
                null, null);
    }
}
