package th.go.moc.ops.sor301hub.sor301;

/** Whether a bigger result is better (ค่ามากดี) or a smaller one (ค่าน้อยดี: a processing time, a cost). */
public enum Direction {
    HIGHER_IS_BETTER("ค่ามากดี", "Higher is better"),
    LOWER_IS_BETTER("ค่าน้อยดี", "Lower is better");

    private final String thai;
    private final String english;

    Direction(String thai, String english) {
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
