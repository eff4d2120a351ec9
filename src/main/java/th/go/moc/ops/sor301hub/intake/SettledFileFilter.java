package th.go.moc.ops.sor301hub.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.HubSettings;

/**
 * Lets a file through once it is whole: it must look the same (size and modified time) on two looks in
 * a row, and then either be an xlsx whose zip is written to its end ({@link CompleteZip}), taken at
 * once, or have stayed the same for the settle time, counted from when this service first saw it
 * (an .xls or anything else, whose end says nothing). A file's own modified time cannot be trusted: a
 * Windows copy keeps the original's. Also keeps out Office lock files and other non-submissions.
 */
@Component("settledFiles")
public class SettledFileFilter implements GenericFileFilter<Object> {

    private final Duration settle;
    private final Clock clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    public SettledFileFilter(HubSettings settings, Clock clock) {
        this.settle = settings.settle();
        this.clock = clock;
    }

    private record Seen(long size, long modified, Instant since) {
    }

    @Override
    public boolean accept(GenericFile<Object> file) {
        if (file.isDirectory()) {
            return !file.getFileNameOnly().startsWith(".");
        }
        if (!InboxFiles.isCandidate(Path.of(file.getFileNameOnly()))) {
            return false;
        }
        Instant now = clock.instant();
        String key = file.getAbsoluteFilePath();
        Seen before = seen.get(key);
        if (before == null || before.size != file.getFileLength() || before.modified != file.getLastModified()) {
            seen.put(key, new Seen(file.getFileLength(), file.getLastModified(), now));
            forgetOld(now);
            return false;
        }
        if (file.getFileLength() == 0) {
            return false;
        }
        boolean whole = isZipName(file.getFileNameOnly()) && CompleteZip.isComplete(Path.of(key));
        if (!whole && Duration.between(before.since, now).compareTo(settle) < 0) {
            return false;
        }
        seen.remove(key);
        return true;
    }

    private static boolean isZipName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
    }

    /** Files that vanished before settling (moved away, deleted) are forgotten after a day. */
    private void forgetOld(Instant now) {
        seen.values().removeIf(s -> Duration.between(s.since, now).toDays() >= 1);
    }
}
