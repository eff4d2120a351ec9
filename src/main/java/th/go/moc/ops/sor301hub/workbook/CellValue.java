package th.go.moc.ops.sor301hub.workbook;

import java.time.LocalDate;

/** A cell's value as the workbook holds it (for a formula, its cached result). Blank cells are null. */
public sealed interface CellValue {

    /** What a person sees in the cell, near enough for messages and for header matching. */
    String display();

    record Text(String value) implements CellValue {
        @Override
        public String display() {
            return value;
        }
    }

    /**
     * A number; {@code date} when the cell's format shows it as a date, {@code percent} when it shows
     * it as a percentage (0.85 shown as 85%).
     */
    record Number(double value, boolean date, boolean percent) implements CellValue {
        @Override
        public String display() {
            if (date) {
                return asDate().toString();
            }
            if (percent) {
                return formatPlain(value * 100) + "%";
            }
            return formatPlain(value);
        }

        /** The date of an Excel serial in the 1900 date system (which counts 1900-02-29 that never was). */
        public LocalDate asDate() {
            long days = (long) Math.floor(value);
            return days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
        }

        private static String formatPlain(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    record Bool(boolean value) implements CellValue {
        @Override
        public String display() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** A formula error such as #REF! or #DIV/0!. */
    record Error(String code) implements CellValue {
        @Override
        public String display() {
            return code;
        }
    }
}
