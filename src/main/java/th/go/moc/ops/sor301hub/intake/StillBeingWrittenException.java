package th.go.moc.ops.sor301hub.intake;

/**
 * The file changed while it was being read: its copy is not finished after all. Nothing was recorded; the file
 * stays in the inbox and is taken again once it has settled.
 */
public class StillBeingWrittenException extends RuntimeException {

    public StillBeingWrittenException(String fileName) {
        super(fileName + " changed while it was being read: taken again once it has settled");
    }
}
