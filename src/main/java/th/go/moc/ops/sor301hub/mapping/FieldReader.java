package th.go.moc.ops.sor301hub.mapping;

import java.util.List;
import java.util.Set;
import th.go.moc.ops.sor301hub.sor301.MonthlySeries;
import th.go.moc.ops.sor301hub.sor301.Provenance;
import th.go.moc.ops.sor301hub.sor301.ThaiNumbers;
import th.go.moc.ops.sor301hub.sor301.ThaiText;
import th.go.moc.ops.sor301hub.validation.Problem;
import th.go.moc.ops.sor301hub.validation.Rules;
import th.go.moc.ops.sor301hub.workbook.CellValue;
import th.go.moc.ops.sor301hub.workbook.SheetRow;

/**
 * Reads typed values out of a row, recording the cell each value came from and a problem for each
 * value that cannot be a number. Nothing unreadable is silently turned into zero.
 */
final class FieldReader {

    private static final Set<String> SUBTOTALS = Set.of("รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "ยอดรวม", "total", "subtotal",
            "grandtotal");
    private static final int SUBTOTAL_MAX_LENGTH = 20;

    private final String file;
    private final String sheet;
    private final List<Problem> problems;
    /** The layout's words for "nothing to report", as loose keys. */
    private final Set<String> nil;

    FieldReader(String file, String sheet, List<Problem> problems, List<String> nilMarkers) {
        this.file = file;
        this.sheet = sheet;
        this.problems = problems;
        this.nil = nilMarkers.stream().map(m -> ThaiText.key(m))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    String text(SheetRow row, int col, String field, CellTrail cells) {
        if (col < 0) {
            return null;
        }
        // Recorded even when blank, as numbers are: a message about a missing name must point at its cell.
        cells.put(field, row.index(), col);
        return ThaiText.clean(row.text(col));
    }

    /**
     * A number from a cell: numbers as they are (a cell shown as 85% gives 85), text such as "1,234",
     * "๑๒" read, "-" or another of the layout's nil markers ("ไม่มี", "n/a": nothing to report) as 0, anything
     * else a problem; blank gives null.
     */
    Double number(SheetRow row, int col, String field, CellTrail cells) {
        return number(row, col, field, cells, false);
    }

    /**
     * As {@link #number(SheetRow, int, String, Map)}; with {@code fraction}, a plain number (not shown
     * as a percentage, not typed with "%") is a fraction: 0.85 gives 85.
     */
    Double number(SheetRow row, int col, String field, CellTrail cells, boolean fraction) {
        if (col < 0) {
            return null;
        }
        // The cell is recorded even when blank: a message about a missing value must point at it.
        cells.put(field, row.index(), col);
        CellValue cell = row.cell(col);
        if (cell == null) {
            return null;
        }
        if (cell instanceof CellValue.Number n) {
            return n.percent() || fraction ? n.value() * 100 : n.value();
        }
        if (cell instanceof CellValue.Text t) {
            ThaiNumbers.Reading reading = ThaiNumbers.read(t.value());
            if (reading instanceof ThaiNumbers.Value v) {
                return fraction && !v.percent() ? v.value() * 100 : v.value();
            }
            if (reading instanceof ThaiNumbers.Nil || nil.contains(ThaiText.key(t.value()))) {
                return 0.0;
            }
            problems.add(Rules.notANumber(file, sheet, row.ref(col), field, t.value()));
            return null;
        }
        if (cell instanceof CellValue.Error e) {
            problems.add(Rules.formulaError(file, sheet, row.ref(col), field, e.code()));
            return null;
        }
        problems.add(Rules.notANumber(file, sheet, row.ref(col), field, cell.display()));
        return null;
    }

    /** A per-month field's twelve values, ต.ค. to ก.ย.; a month the layout lacks is null. */
    MonthlySeries series(SheetRow row, HeaderMatch match, String field, CellTrail cells) {
        return series(row, match, field, cells, false);
    }

    MonthlySeries series(SheetRow row, HeaderMatch match, String field, CellTrail cells, boolean fraction) {
        Double[] values = new Double[12];
        for (int m = 1; m <= 12; m++) {
            values[m - 1] = number(row, match.monthColumn(field, m), Provenance.monthField(field, m), cells, fraction);
        }
        return MonthlySeries.of(values);
    }

    /** Whether a text names a subtotal row ("รวม"), which is not an indicator or budget line. */
    static boolean isSubtotal(String text) {
        // Names of plans and indicators are long; only a short text can be "รวมทั้งสิ้น" or "Grand total".
        return text != null && text.length() <= SUBTOTAL_MAX_LENGTH && SUBTOTALS.contains(ThaiText.key(text));
    }

    String file() {
        return file;
    }

    String sheet() {
        return sheet;
    }

    List<Problem> problems() {
        return problems;
    }
}
