package th.go.moc.ops.sor301hub.mapping;

import java.util.List;
import th.go.moc.ops.sor301hub.sor301.ThaiText;
import th.go.moc.ops.sor301hub.workbook.CellValue;
import th.go.moc.ops.sor301hub.workbook.SheetRow;

/**
 * What the title block above the table says: the unit, the reporting month and the fiscal year, each
 * with the cell it was read from (null where the block does not say).
 */
public record TitleBlock(String sheet, Entry unit, Entry period, Entry fiscalYear) {

    /** A value and its cell; {@code value} is the raw cell for dates, so that a date serial is not lost. */
    /** The reporting month as written; empty when it is missing or cannot be read (the reader reports that). */
    public java.util.Optional<th.go.moc.ops.sor301hub.sor301.FiscalPeriod> periodWritten() {
        if (period == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(period.value() instanceof CellValue.Number n && n.date()
                    ? th.go.moc.ops.sor301hub.sor301.FiscalPeriod.of(n.asDate())
                    : th.go.moc.ops.sor301hub.sor301.FiscalPeriod.parse(period.text()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public record Entry(String text, CellValue value, String cell) {
    }

    static TitleBlock read(String sheet, List<SheetRow> rows, int beforeRow, TitleSpec spec) {
        List<String> all = new java.util.ArrayList<>(spec.unitLabels());
        all.addAll(spec.periodLabels());
        all.addAll(spec.fiscalYearLabels());
        return new TitleBlock(sheet, find(rows, beforeRow, spec.unitLabels(), all),
                find(rows, beforeRow, spec.periodLabels(), all), find(rows, beforeRow, spec.fiscalYearLabels(), all));
    }

    /**
     * "หน่วยงาน: กองกลาง" in one cell, or "หน่วยงาน" with the value in the next filled cell to the right;
     * when that next cell is another label, the value was left blank.
     */
    private static Entry find(List<SheetRow> rows, int beforeRow, List<String> labels, List<String> allLabels) {
        for (SheetRow row : rows) {
            if (row.index() >= beforeRow) {
                break;
            }
            for (int c = 0; c < row.width(); c++) {
                String text = row.text(c);
                if (text == null) {
                    continue;
                }
                String after = valueAfterLabel(text, labels);
                if (after == null && !isLabel(text, labels)) {
                    continue;
                }
                if (after != null && !after.isEmpty()) {
                    return new Entry(after, new CellValue.Text(after), row.ref(c));
                }
                for (int v = c + 1; v < row.width(); v++) {
                    String value = row.text(v);
                    if (value != null) {
                        String valueLabel = value.indexOf(':') >= 0 ? value.substring(0, value.indexOf(':')) : value;
                        return isLabel(valueLabel, allLabels) ? null : new Entry(value, row.cell(v), row.ref(v));
                    }
                }
            }
        }
        return null;
    }

    /**
     * The value written in the label's own cell: after a colon ("หน่วยงาน: กองกลาง", "หน่วยงาน : กองกลาง") or after
     * a space ("หน่วยงาน สำนักงานพาณิชย์จังหวัดน่าน", "ประจำเดือน มีนาคม ๒๕๖๙"); "" for a label with a colon and
     * nothing after it; null when the cell does not start with one of {@code labels}.
     */
    static String valueAfterLabel(String text, List<String> labels) {
        int colon = text.indexOf(':');
        if (colon >= 0 && isLabel(text.substring(0, colon), labels)) {
            String value = ThaiText.clean(text.substring(colon + 1));
            return value == null ? "" : value;
        }
        String trimmed = text.strip();
        for (String label : labels) {
            if (trimmed.length() > label.length() && trimmed.startsWith(label)
                    && Character.isWhitespace(trimmed.charAt(label.length()))) {
                String value = ThaiText.clean(trimmed.substring(label.length()));
                return value == null ? "" : value;
            }
        }
        return null;
    }

    private static boolean isLabel(String text, List<String> labels) {
        String key = ThaiText.key(text);
        return labels.stream().anyMatch(l -> ThaiText.key(l).equals(key));
    }
}
