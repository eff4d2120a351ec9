package th.go.moc.ops.sor301hub.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates as people here read them: "5 มิ.ย. 2569 10:15" in Thai (Buddhist era), "5 Jun 2026 10:15" in
 * English. Without the chronology, a Thai locale silently prints the Christian year.
 */
@Component("dates")
public class DisplayDates {

    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private static final DateTimeFormatter THAI = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", WebConfiguration.THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter THAI_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", WebConfiguration.THAI)
            .withChronology(ThaiBuddhistChronology.INSTANCE);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public String formatDay(LocalDate day, Locale locale) {
        return ("th".equals(locale.getLanguage()) ? THAI_DAY : ENGLISH_DAY).format(day);
    }

    public String format(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        return ("th".equals(locale.getLanguage()) ? THAI : ENGLISH).format(at.atZone(BANGKOK));
    }
}
