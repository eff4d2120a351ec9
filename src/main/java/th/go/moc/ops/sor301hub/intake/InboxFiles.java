package th.go.moc.ops.sor301hub.intake;

import java.nio.file.Path;

/** Which files in an inbox are submissions, and which unit folder each sits in. */
public final class InboxFiles {

    private InboxFiles() {
    }

    /**
     * Not Office lock files (~$name.xlsx) nor Windows' Thumbs.db and desktop.ini: those are no one's submission.
     * A hidden file (".name") is a candidate, answered only after a long grace (it may be a copier's temporary).
     */
    public static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("~$") && !name.equalsIgnoreCase("thumbs.db") && !name.equalsIgnoreCase("desktop.ini");
    }

    /** The first folder under the inbox that holds the file (a unit's own folder), or null at the top. */
    public static String unitFolder(Path inbox, Path file) {
        Path relative = inbox.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
    }
}
