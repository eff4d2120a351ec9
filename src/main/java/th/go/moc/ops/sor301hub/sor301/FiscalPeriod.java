package th.go.moc.ops.sor301hub.sor301;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting month inside a Thai fiscal year. The fiscal year runs 1 October – 30 September and is
 * named by the Buddhist-era year in which it ends; fiscal month 1 is ต.ค. (October), 12 is ก.ย.
 */
public record FiscalPeriod(int fiscalYearBe, int fiscalMonth) implements Comparable<FiscalPeriod> {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})");
    /** A month name, then its year: "พ.ค. 2569", "พฤษภาคม 69", "May 2026". */
    private static final Pattern MONTH_YEAR = Pattern.compile("^([^\\d]+?)\\s*(\\d{4}|\\d{2})$");

    public FiscalPeriod {
        if (fiscalMonth < 1 || fiscalMonth > 12) {
            throw new IllegalArgumentException("fiscal month must be 1–12: " + fiscalMonth);
        }
        if (fiscalYearBe < 2400 || fiscalYearBe > 2700) {
            throw new IllegalArgumentException("fiscal year must be in BE: " + fiscalYearBe);
        }
    }

    /** ต.ค. (10) is fiscal month 1, ก.ย. (9) is 12. */
    public static int fiscalMonthOf(int calendarMonth) {
        return calendarMonth >= 10 ? calendarMonth - 9 : calendarMonth + 3;
    }

    /** Fiscal month 1 is ต.ค. (10), 12 is ก.ย. (9). */
    public static int calendarMonthOf(int fiscalMonth) {
        return fiscalMonth <= 3 ? fiscalMonth + 9 : fiscalMonth - 3;
    }

    /** The period of a calendar month, the year given in BE. */
    public static FiscalPeriod ofCalendar(int yearBe, int calendarMonth) {
        if (calendarMonth < 1 || calendarMonth > 12) {
            throw new IllegalArgumentException("calendar month must be 1–12: " + calendarMonth);
        }
        int fiscalMonth = fiscalMonthOf(calendarMonth);
        return new FiscalPeriod(calendarMonth >= 10 ? yearBe + 1 : yearBe, fiscalMonth);
    }

    public static FiscalPeriod of(LocalDate date) {
        return ofCalendar(date.getYear() + BuddhistYear.OFFSET, date.getMonthValue());
    }

    /**
     * Reads "2569-05" or "2026-05" (year then calendar month), "พ.ค. 2569", "พฤษภาคม 69", "May 2026", or a
     * day of the month ("31 พ.ค. 69", "31/05/2569"), with Thai or ASCII digits.
     *
     * @throws IllegalArgumentException when the text is not a month
     */
    public static FiscalPeriod parse(String text) {
        String ascii = ThaiText.asciiDigits(text == null ? "" : text).strip();
        Matcher numeric = NUMERIC.matcher(ascii);
        if (numeric.matches()) {
            return ofCalendar(BuddhistYear.toBe(Integer.parseInt(numeric.group(1))),
                    Integer.parseInt(numeric.group(2)));
        }
        Optional<LocalDate> date = ThaiDates.parse(ascii);
        if (date.isPresent()) {
            return of(date.get());
        }
        Matcher monthYear = MONTH_YEAR.matcher(ascii);
        if (monthYear.matches()) {
            OptionalInt month = ThaiMonths.calendarMonth(monthYear.group(1));
            if (month.isPresent()) {
                return ofCalendar(BuddhistYear.toBe(Integer.parseInt(monthYear.group(2))), month.getAsInt());
            }
        }
        throw new IllegalArgumentException("not a month: " + text);
    }

    /** 1 = January … 12 = December. */
    public int calendarMonth() {
        return calendarMonthOf(fiscalMonth);
    }

    public int calendarYearBe() {
        return fiscalMonth <= 3 ? fiscalYearBe - 1 : fiscalYearBe;
    }

    public YearMonth yearMonthCe() {
        return YearMonth.of(BuddhistYear.toCe(calendarYearBe()), calendarMonth());
    }

    /** The last day to report this month: the given day of the following month. */
    public LocalDate deadline(int dayOfNextMonth) {
        return yearMonthCe().plusMonths(1).atDay(Math.min(dayOfNextMonth, 28));
    }

    public FiscalPeriod previous() {
        return fiscalMonth == 1 ? new FiscalPeriod(fiscalYearBe - 1, 12) : new FiscalPeriod(fiscalYearBe, fiscalMonth - 1);
    }

    /** "2569-05": BE calendar year and calendar month, the key used in paths and URLs. */
    public String key() {
        return "%d-%02d".formatted(calendarYearBe(), calendarMonth());
    }

    /** "พ.ค. 2569". */
    public String thaiLabel() {
        return ThaiMonths.shortName(calendarMonth()) + " " + calendarYearBe();
    }

    /** "May 2026". */
    public String englishLabel() {
        return yearMonthCe().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + yearMonthCe().getYear();
    }

    /** The cumulative span as the form prints it: "ต.ค. ๖๘ – พ.ค. ๖๙". */
    public String cumulativeSpanThai() {
        FiscalPeriod first = new FiscalPeriod(fiscalYearBe, 1);
        return ThaiText.thaiDigits("ต.ค. %02d – %s %02d".formatted(first.calendarYearBe() % 100,
                ThaiMonths.shortName(calendarMonth()), calendarYearBe() % 100));
    }

    @Override
    public int compareTo(FiscalPeriod other) {
        return fiscalYearBe != other.fiscalYearBe ? Integer.compare(fiscalYearBe, other.fiscalYearBe)
                : Integer.compare(fiscalMonth, other.fiscalMonth);
    }

    @Override
    public String toString() {
        return key();
    }
}
