package th.go.moc.ops.sor301hub.sor301;

import java.util.List;
import java.util.OptionalInt;

/** Thai month names, abbreviated (ม.ค.) and full (มกราคม), with or without dots; English too. */
public final class ThaiMonths {

    /** Abbreviations as the official form prints them, January first. */
    public static final List<String> SHORT = List.of(
            "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

    public static final List<String> FULL = List.of(
            "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

    private static final List<String> ENGLISH = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final java.util.regex.Pattern NOT_A_NAME = java.util.regex.Pattern.compile("[0-9,/\\-–]");
    private static final List<String> SHORT_KEYS = SHORT.stream().map(ThaiText::key).toList();

    private ThaiMonths() {
    }

    /**
     * The calendar month (1–12) named by a word such as "พ.ค.", "พค", "พฤษภาคม", "May" or "May 2026";
     * empty when the text names no month or more than one.
     */
    public static OptionalInt calendarMonth(String text) {
        String key = NOT_A_NAME.matcher(ThaiText.key(text)).replaceAll("");
        if (key.isEmpty()) {
            return OptionalInt.empty();
        }
        for (int m = 0; m < 12; m++) {
            if (key.equals(FULL.get(m)) || key.equals(SHORT_KEYS.get(m))) {
                return OptionalInt.of(m + 1);
            }
        }
        for (int m = 0; m < 12; m++) {
            if (key.startsWith(ENGLISH.get(m)) && key.length() <= 9) {
                return OptionalInt.of(m + 1);
            }
        }
        return OptionalInt.empty();
    }

    public static String shortName(int calendarMonth) {
        return SHORT.get(calendarMonth - 1);
    }

    public static String fullName(int calendarMonth) {
        return FULL.get(calendarMonth - 1);
    }
}
