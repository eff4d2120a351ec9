package th.go.moc.ops.sor301hub.sor301;

/**
 * One expense category of one output/project: allocation after transfers, the monthly spending plan,
 * what was disbursed (เบิกจ่าย, paid out) each month, and what is committed (ก่อหนี้ผูกพัน) but unpaid.
 */
public record BudgetLine(
        String outputProject,
        ExpenseCategory category,
        Double allocation,
        MonthlySeries plan,
        MonthlySeries disbursed,
        Double committed,
        Provenance source) {

    public double disbursedTo(int fiscalMonth) {
        return disbursed.sumTo(fiscalMonth);
    }
}
