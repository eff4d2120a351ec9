package th.go.moc.ops.sor301hub.sor301;

/**
 * An indicator (ตัวชี้วัด) as the unit reported it. The code is optional in the workbook; when it is
 * missing, the name identifies the indicator within a unit.
 *
 * @param kind        เชิงปริมาณ / เชิงคุณภาพ / เชิงเวลา / เชิงต้นทุน, as written
 * @param unitOfCount หน่วยนับ: ราย, คน, ครั้ง, แห่ง, ร้อยละ …
 * @param cumulation  how its months make a cumulative figure (a count adds up, a rate does not)
 */
public record Indicator(String code, String name, String kind, String unitOfCount, Direction direction,
                        Cumulation cumulation) {

    /** The key that identifies the indicator within one unit's reports. */
    public String identity() {
        return code != null ? "#" + ThaiText.key(code) : ThaiText.key(name);
    }
}
