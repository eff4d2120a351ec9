package th.go.moc.ops.sor301hub.registry;

/**
 * Whom M&E staff call or write to about a unit's report: its coordinator's name, telephone and e-mail, as
 * units.yaml gives them under {@code contact:}. Any may be missing.
 */
public record Contact(String name, String phone, String email) {

    public static final Contact NONE = new Contact(null, null, null);

    public boolean isEmpty() {
        return name == null && phone == null && email == null;
    }

    /** The telephone number as a tel: link dials it: digits and a leading +, the rest (dashes, spaces, "ต่อ") dropped. */
    public String phoneLink() {
        if (phone == null) {
            return null;
        }
        String main = phone.split("(?i)ต่อ|ext|,|/")[0];
        return "tel:" + main.replaceAll("[^0-9+]", "");
    }
}
