package th.go.moc.ops.sor301hub.validation;

import java.util.Comparator;
import java.util.Set;
import th.go.moc.ops.sor301hub.sor301.Bilingual;

/**
 * One thing wrong with a submission, as data: where (file, sheet, cell), which rule, how bad, what was
 * found and what was expected, and a message in Thai and English. Sheet and cell are null when the
 * problem is with the file as a whole.
 */
public record Problem(String file, String sheet, String cell, String rule, Severity severity,
                      Bilingual message, String found, String expected) {

    /** "ชื่อไฟล์, แผ่นงาน ผลการดำเนินงาน เซลล์ K7", with the English alongside. */
    public Bilingual location() {
        if (sheet == null) {
            return Bilingual.of("ไฟล์ %s", "file %s", file);
        }
        if (cell == null) {
            return Bilingual.of("ไฟล์ %s แผ่นงาน \"%s\"", "file %s, sheet \"%s\"", file, sheet);
        }
        return Bilingual.of("ไฟล์ %s แผ่นงาน \"%s\" เซลล์ %s", "file %s, sheet \"%s\", cell %s", file, sheet, cell);
    }

    /** Rules that tell the unit something but ask nothing of it: sent late, a ministry indicator shared with others. */
    private static final Set<String> FOR_INFORMATION = Set.of("LATE", "MINISTRY_SHARED");

    /** A warning the unit cannot act on (it is listed last, apart from those that need checking). */
    public boolean forInformation() {
        return severity == Severity.WARNING && FOR_INFORMATION.contains(rule);
    }

    /** Errors first, then warnings to check, then what is only for information; a stable sort keeps each group's order. */
    public static final Comparator<Problem> BY_URGENCY = Comparator.comparingInt(Problem::urgency);

    /** 0 for an error, 1 for a warning to check, 2 for one that is only for information. */
    public int urgency() {
        return severity == Severity.ERROR ? 0 : forInformation() ? 2 : 1;
    }

    /** One line for a reason file or a log: location and message, Thai then English. */
    public String describe() {
        Bilingual where = location();
        return "[" + severity.thai() + "] " + where.th() + ": " + message.th()
                + "\n[" + severity.english() + "] " + where.en() + ": " + message.en();
    }
}
