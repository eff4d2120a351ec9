package th.go.moc.ops.sor301hub.workbook;

/** A worksheet's name, its position in the workbook and whether the unit hid it. */
public record SheetInfo(String name, int position, boolean hidden) {
}
