package th.go.moc.ops.sor301hub.workbook;

/** Receives a sheet's rows in order, blank rows left out; returns false to stop reading early. */
@FunctionalInterface
public interface RowHandler {

    boolean row(SheetRow row);
}
