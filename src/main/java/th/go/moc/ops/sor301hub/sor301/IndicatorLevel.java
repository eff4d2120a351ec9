package th.go.moc.ops.sor301hub.sor301;

/** Where an indicator sits in the plan hierarchy; decides its section of the SOR-301 form. */
public enum IndicatorLevel {
    /** เป้าหมายการให้บริการกระทรวง: the same for every unit, never summed across units. */
    MINISTRY_TARGET("เป้าหมายการให้บริการกระทรวง", "Ministry service target"),
    /** เป้าหมายการให้บริการหน่วยงาน (สป.): section x.1 of the form. */
    AGENCY_TARGET("เป้าหมายการให้บริการ สป.", "OPS service target"),
    /** ผลผลิต/โครงการ: section x.2. */
    OUTPUT_PROJECT("ผลผลิต/โครงการ", "Output/project"),
    /** กิจกรรม: section x.2. */
    ACTIVITY("กิจกรรม", "Activity");

    private final String thai;
    private final String english;

    IndicatorLevel(String thai, String english) {
        this.thai = thai;
        this.english = english;
    }

    public String thai() {
        return thai;
    }

    public String english() {
        return english;
    }

    /** Service targets go to .๑ of each section of the form, the rest to .๒. */
    public boolean isServiceTarget() {
        return this == MINISTRY_TARGET || this == AGENCY_TARGET;
    }
}
