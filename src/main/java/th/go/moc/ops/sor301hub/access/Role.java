package th.go.moc.ops.sor301hub.access;

/**
 * What an account may see. ADMIN includes ME_STAFF, and ME_STAFF includes VIEWER (see the role
 * hierarchy in {@link SecurityConfiguration}); UNIT stands apart: its own units, nothing else.
 */
public enum Role {
    /** Accounts and settings, and everything M&E staff see. */
    ADMIN,
    /** Everything of every unit: files, lines, problems, outputs, the audit trail. */
    ME_STAFF,
    /** Only the units listed for the account: their status, versions, feedback and figures. */
    UNIT,
    /** The month and indicator pages and the summaries; no unit's files. */
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The authority that lets a UNIT account see one unit. */
    public static String unitAuthority(String unitId) {
        return UNIT_AUTHORITY_PREFIX + unitId;
    }

    public static final String UNIT_AUTHORITY_PREFIX = "UNIT_";

    /** Held by an account that signed in with a one-time password until it sets its own. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";
}
