package th.go.moc.ops.sor301hub.workbook;

/** The kinds of file a unit may send; only the first three are read. */
public enum WorkbookFormat {
    XLSX, XLSM, XLS, XLSB, ODS, CSV, ENCRYPTED, OLD_EXCEL, UNKNOWN
}
