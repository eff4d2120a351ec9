package th.go.moc.ops.sor301hub.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.share.ShareAccess;
import th.go.moc.ops.sor301hub.share.ShareBridge;

/**
 * The intake's queue: files in the inbox not handled yet (the working inbox, plus, for a share elsewhere, those
 * still waiting in its inbox). Counted at most every few seconds, however often it is scraped.
 */
@Component
public class InboxDepth {

    private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();

    private final HubSettings settings;
    private final ShareAccess shares;
    private long countedAt;
    private double count;

    public InboxDepth(HubSettings settings, ShareAccess shares) {
        this.settings = settings;
        this.shares = shares;
    }

    public synchronized double files() {
        long now = System.nanoTime();
        if (countedAt == 0 || now - countedAt > FRESH_NANOS) {
            count = local() + shares.bridge().map(ShareBridge::waiting).orElse(0);
            countedAt = now;
        }
        return count;
    }

    private double local() {
        Path inbox = settings.inbox();
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(inbox)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Double.NaN;
        }
    }
}
