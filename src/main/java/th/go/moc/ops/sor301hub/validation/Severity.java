package th.go.moc.ops.sor301hub.validation;

/** An error rejects the submission; a warning accepts it and is shown. */
public enum Severity {
    ERROR("ข้อผิดพลาด", "Error"),
    WARNING("คำเตือน", "Warning");

    private final String thai;
    private final String english;

    Severity(String thai, String english) {
        this.thai = thai;
        this.english = english;
    }

    public String thai() {
        return thai;
    }

    public String english() {
        return english;
    }
}
