package th.go.moc.ops.sor301hub.sor301;

import java.util.Optional;

/** งบรายจ่าย: the five expense categories of the budget act. */
public enum ExpenseCategory {
    PERSONNEL("งบบุคลากร", "Personnel"),
    OPERATING("งบดำเนินงาน", "Operating"),
    INVESTMENT("งบลงทุน", "Investment"),
    SUBSIDY("งบเงินอุดหนุน", "Subsidies"),
    OTHER("งบรายจ่ายอื่น", "Other expenses");

    private final String thai;
    private final String english;

    ExpenseCategory(String thai, String english) {
        this.thai = thai;
        this.english = english;
    }

    public String thai() {
        return thai;
    }

    public String english() {
        return english;
    }

    /** Reads "งบดำเนินงาน", "ดำเนินงาน" or "Operating". */
    public static Optional<ExpenseCategory> parse(String text) {
        String key = ThaiText.key(text);
        for (ExpenseCategory c : values()) {
            if (key.equals(ThaiText.key(c.thai)) || key.equals(ThaiText.key(c.thai.substring(2)))
                    || key.equals(c.english.toLowerCase())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
