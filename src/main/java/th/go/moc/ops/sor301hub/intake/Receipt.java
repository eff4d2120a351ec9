package th.go.moc.ops.sor301hub.intake;

/**
 * What became of a received file, for the route: its month (to rebuild that month's outputs) and
 * whether it changed anything.
 *
 * @param periodKey  the month it reports ("2569-05"), or null when that could not be told
 * @param outcome    ACCEPTED, REJECTED or DUPLICATE (an identical file was received before)
 * @param feedback   the unit's feedback workbook still to be written, or null (a duplicate has its feedback)
 * @param storedAt   when it was stored (System.nanoTime), to tell which outputs builds include it
 */
public record Receipt(String fileName, String unitId, String periodKey, String outcome, long submissionId,
                      FeedbackJob feedback, long storedAt) {

    public boolean accepted() {
        return "ACCEPTED".equals(outcome);
    }
}
