package th.go.moc.ops.sor301hub.sor301;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Thai offices write them: "28 ก.พ. 68", "28 กุมภาพันธ์ 2568", "28/02/2568", "2025-02-28", with
 * Thai or ASCII digits and 2- or 4-digit BE or CE years; and printed in BE: "28 ก.พ. 2568".
 */
public final class ThaiDates {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})\\s*([^\\d\\s/\\-.][^\\d]*?)\\s*(\\d{2}|\\d{4})$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("th-TH"))
            .withChronology(ThaiBuddhistChronology.INSTANCE);

    private ThaiDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = ThaiText.asciiDigits(text).replace('\u00A0', ' ').strip();
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches()) {
                OptionalInt month = ThaiMonths.calendarMonth(m.group(2));
                if (month.isPresent()) {
                    return Optional.of(date(m.group(3), month.getAsInt(), Integer.parseInt(m.group(1))));
                }
                return Optional.empty();
            }
            m = NUMERIC.matcher(s);
            if (m.matches()) {
                return Optional.of(date(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(date(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate date(String year, int month, int day) {
        return LocalDate.of(BuddhistYear.toCe(BuddhistYear.toBe(Integer.parseInt(year))), month, day);
    }

    /** "28 ก.พ. 2568". */
    public static String format(LocalDate date) {
        return PRINTED.format(date);
    }
}
