package th.go.moc.ops.sor301hub.validation;

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

    /** One line for a reason file or a log: location and message, Thai then English. */
    public String describe() {
        Bilingual where = location();
        return "[" + severity.thai() + "] " + where.th() + ": " + message.th()
                + "\n[" + severity.english() + "] " + where.en() + ": " + message.en();
    }
}
