package th.go.moc.ops.sor301hub.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.HubSettings;

/**
 * Lets a file through only once it has stayed the same (size and modified time) for the settle time,
 * counted from when this service first saw it. A file's own modified time cannot be trusted: a
 * Windows copy keeps the original's, so an old time says nothing about whether the copy is done.
 * Also keeps out Office lock files and other non-submissions.
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
        if (!InboxFiles.isCandidate(java.nio.file.Path.of(file.getFileNameOnly()))) {
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
        if (Duration.between(before.since, now).compareTo(settle) < 0 || file.getFileLength() == 0) {
            return false;
        }
        seen.remove(key);
        return true;
    }

    /** Files that vanished before settling (moved away, deleted) are forgotten after a day. */
    private void forgetOld(Instant now) {
        seen.values().removeIf(s -> Duration.between(s.since, now).toDays() >= 1);
    }
}
