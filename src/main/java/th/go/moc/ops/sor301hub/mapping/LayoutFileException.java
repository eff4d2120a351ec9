package th.go.moc.ops.sor301hub.mapping;

/** A mapping file that cannot be used; the message names the file and what is wrong, for M&E staff. */
public class LayoutFileException extends RuntimeException {

    public LayoutFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
