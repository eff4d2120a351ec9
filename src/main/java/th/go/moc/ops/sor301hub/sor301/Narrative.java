package th.go.moc.ops.sor301hub.sor301;

/**
 * The month's words: the result (ผลการดำเนินงาน), problems/obstacles (ปัญหา/อุปสรรค), remedies (แนวทางแก้ไข).
 * They are internal unless the unit marked them for publication (เผยแพร่).
 */
public record Narrative(String result, String problems, String remedies, boolean publishable) {

    public static final Narrative NONE = new Narrative(null, null, null, false);

    public Narrative(String result, String problems, String remedies) {
        this(result, problems, remedies, false);
    }
}
