package th.go.moc.ops.sor301hub.store;

/** Where a received file stands. Only one submission per unit and month is ACCEPTED at a time. */
public enum SubmissionStatus {
    ACCEPTED, REJECTED, SUPERSEDED
}
