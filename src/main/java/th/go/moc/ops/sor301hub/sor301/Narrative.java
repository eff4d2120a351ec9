package th.go.moc.ops.sor301hub.sor301;

/** The month's words: the result (ผลการดำเนินงาน), problems/obstacles (ปัญหา/อุปสรรค), remedies (แนวทางแก้ไข). */
public record Narrative(String result, String problems, String remedies) {

    public static final Narrative NONE = new Narrative(null, null, null);
}
