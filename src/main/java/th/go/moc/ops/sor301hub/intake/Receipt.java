package th.go.moc.ops.sor301hub.intake;

/**
 * What became of a received file.
 *
 * @param periodKey the month it reports ("2569-05"), or null when that could not be told
 * @param outcome   ACCEPTED, REJECTED, or DUPLICATE (an identical file was received before)
 */
public record Receipt(String fileName, String unitId, String periodKey, String outcome, long submissionId) {

    public boolean accepted() {
        return "ACCEPTED".equals(outcome);
    }
}
