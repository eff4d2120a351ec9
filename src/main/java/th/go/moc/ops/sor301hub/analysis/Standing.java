package th.go.moc.ops.sor301hub.analysis;

/** Where an indicator stands against its target: the three sections of the SOR-301 form. */
public enum Standing {
    ABOVE("ผลปฏิบัติงานสูงกว่าค่าเป้าหมายที่กำหนด", "Above target"),
    ON("ผลปฏิบัติงานเป็นไปตามค่าเป้าหมายที่กำหนด", "On target"),
    BELOW("ผลปฏิบัติงานต่ำกว่าค่าเป้าหมายที่กำหนด", "Below target");

    private final String thai;
    private final String english;

    Standing(String thai, String english) {
        this.thai = thai;
        this.english = english;
    }

    public String thai() {
        return thai;
    }

    public String english() {
        return english;
    }

    /** The section number on the form: ๑, ๒, ๓. */
    public int section() {
        return ordinal() + 1;
    }
}
