package th.go.moc.ops.sor301hub.workbook;

import java.nio.file.Path;

/**
 * Reads every row of a workbook's first sheet and prints how many there were and the sum of one column,
 * so that a test can run the reader alone in a JVM with a small heap.
 */
public final class RowCountProbe {

    private RowCountProbe() {
    }

    public static void main(String[] args) {
        long[] rows = {0};
        double[] sum = {0};
        try (WorkbookSource source = Workbooks.open(Path.of(args[0]))) {
            source.read(source.sheets().get(0), row -> {
                rows[0]++;
                if (row.cell(5) instanceof CellValue.Number n) {
                    sum[0] += n.value();
                }
                return true;
            });
        }
        System.out.println("rows=" + rows[0] + " sum=" + (long) sum[0]);
    }
}
