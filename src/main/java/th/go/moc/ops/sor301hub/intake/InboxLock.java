package th.go.moc.ops.sor301hub.intake;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.settings.HubSettings;

/**
 * The intake route's read lock: which of the files a look at the inbox finds may be taken now. A file is taken
 * once it has settled ({@link Settling}); one file of a folder at a time, in the order the route sorts them
 * (oldest first), so that a unit's second version is recorded after its first, while files of different
 * folders are read side by side; none of a folder's files while an older one of it is still settling. Camel
 * asks before each file and tells when it is done, so no worker ever waits for another.
 *
 * <p>A file whose handling fails is settled afresh before it is tried again (seconds, not a tight loop), and
 * after {@link #ATTEMPTS} failures that are not the database being away it is moved to rejected/ with a reason
 * ({@link InboxRefusals}).
 */
@Component("inboxLock")
public class InboxLock implements GenericFileExclusiveReadLockStrategy<File> {

    static final int ATTEMPTS = 3;

    private final Duration settle;
    /** A hidden file (".name") may be a copier's temporary: it is left alone this long before it is answered. */
    private final Duration hiddenGrace;
    private final Clock clock;
    private final InboxRefusals refusals;
    private final Leftovers leftovers;
    private final Settling settling = new Settling();
    private final Set<String> busyFolders = ConcurrentHashMap.newKeySet();
    /** Folders with a file that has not settled yet, in the look under way: their later files wait too. */
    private final Set<String> waitingFolders = new HashSet<>();
    private final Map<Path, Integer> failures = new ConcurrentHashMap<>();

    public InboxLock(HubSettings settings, Clock clock, InboxRefusals refusals, Leftovers leftovers,
                     @Value("${hub.hidden-grace:10m}") Duration hiddenGrace) {
        this.leftovers = leftovers;
        this.settle = settings.settle();
        this.hiddenGrace = hiddenGrace;
        this.clock = clock;
        this.refusals = refusals;
    }

    /** Whether any file is being read now: the month's outputs and the feedback wait for a burst to end. */
    public boolean busy() {
        return !busyFolders.isEmpty();
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
                                            Exchange exchange) throws Exception {
        Integer index = exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class);
        if (index == null || index == 0) {
            waitingFolders.clear();
        }
        Path path = file.getFile().toPath();
        String folder = folder(path);
        if (busyFolders.contains(folder) || waitingFolders.contains(folder)) {
            return false;
        }
        boolean hidden = path.getFileName().toString().startsWith(".");
        if (!settling.settled(path, hidden ? hiddenGrace : settle, clock.instant())) {
            // A hidden file (a copier's temporary, a Mac's .DS_Store) is no version of the unit's report: it does
            // not hold back the folder's other files for its long grace.
            if (!hidden) {
                waitingFolders.add(folder);
            }
            return false;
        }
        if (!busyFolders.add(folder)) {
            return false;
        }
        settling.forget(path);
        return true;
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(GenericFileOperations<File> operations, GenericFile<File> file,
                                                 Exchange exchange) {
        Path path = file.getFile().toPath();
        failures.remove(path);
        busyFolders.remove(folder(path));
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(GenericFileOperations<File> operations, GenericFile<File> file,
                                                   Exchange exchange) {
        Path path = file.getFile().toPath();
        try {
            Exception cause = exchange.getException();
            if (cause != null && !waitsForTheDatabase(cause) && !(cause instanceof StillBeingWrittenException)
                    && failures.merge(path, 1, Integer::sum) >= ATTEMPTS) {
                failures.remove(path);
                refusals.giveUp(path, cause);
            }
        } finally {
            busyFolders.remove(folder(path));
        }
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(GenericFileOperations<File> operations, GenericFile<File> file,
                                                Exchange exchange) {
        busyFolders.remove(folder(file.getFile().toPath()));
    }

    /** The database away or busy is no fault of the file: it waits, however long, and is not given up on. */
    private static boolean waitsForTheDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof java.sql.SQLTransientException) {
                return true;
            }
        }
        return false;
    }

    private static String folder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? "" : parent.toString();
    }

    /**
     * Before the first look: what a stop left half kept is cleared ({@link Leftovers}); a file half handled then
     * is still in the inbox, found by its content and finished (see SubmissionIntake).
     */
    @Override
    public void prepareOnStartup(GenericFileOperations<File> operations, GenericFileEndpoint<File> endpoint)
            throws Exception {
        leftovers.clear();
    }

    @Override
    public void setTimeout(long timeout) {
    }

    @Override
    public void setCheckInterval(long checkInterval) {
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel level) {
    }

    @Override
    public void setMarkerFiler(boolean markerFile) {
    }

    @Override
    public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
    }
}
