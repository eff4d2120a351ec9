package th.go.moc.ops.sor301hub.sor301;

/**
 * What a line belongs to: programme (แผนงาน), service target (เป้าหมายการให้บริการ), output/project
 * (ผลผลิต/โครงการ) and activity (กิจกรรม). Any part may be absent (null).
 */
public record Hierarchy(String programme, String serviceTarget, String outputProject, String activity) {
}
