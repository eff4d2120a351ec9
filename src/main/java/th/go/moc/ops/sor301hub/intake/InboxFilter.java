package th.go.moc.ops.sor301hub.intake;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.springframework.stereotype.Component;

/**
 * Which entries of the inbox the intake looks at: the unit folders and the files in them, never what a
 * symbolic link points to (a link is refused and removed, see {@link InboxRefusals}), never Office's lock
 * files or Windows' folder files. Whether a file is whole is the read lock's question ({@link InboxLock}).
 */
@Component("inboxFilter")
public class InboxFilter implements GenericFileFilter<File> {

    private final InboxRefusals refusals;

    public InboxFilter(InboxRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        Path path = file.getFile().toPath();
        if (Files.isSymbolicLink(path)) {
            refusals.refuseLink(path);
            return false;
        }
        if (file.isDirectory()) {
            return !file.getFileNameOnly().startsWith(".");
        }
        return InboxFiles.isCandidate(path);
    }
}
