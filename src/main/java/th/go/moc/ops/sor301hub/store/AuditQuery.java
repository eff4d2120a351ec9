package th.go.moc.ops.sor301hub.store;

/**
 * What to look for in the audit trail; a null or blank field matches everything.
 *
 * @param periodKey a BE month such as 2569-05
 * @param page      0 for the newest events
 */
public record AuditQuery(String unitId, String periodKey, String event, String actor, int page) {

    public static final int PAGE_SIZE = 100;

    static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
