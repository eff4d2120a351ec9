package th.go.moc.ops.sor301hub.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.store.SubmissionStore;

/**
 * What a stop in the middle of keeping a file can leave in archive/ and rejected/, which is no one's original:
 * a partial copy (".name.tmp") and a kept name reserved for a submission that was then never recorded (an empty
 * file that no submission points to). Cleared as the intake starts, before it takes any file. An empty original
 * that was recorded (a unit sent a 0-byte file) stays.
 */
@Component
class Leftovers {

    private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

    private final HubSettings settings;
    private final SubmissionStore store;

    Leftovers(HubSettings settings, SubmissionStore store) {
        this.settings = settings;
        this.store = store;
    }

    void clear() throws IOException {
        for (Path dir : new Path[] {settings.archive(), settings.rejected()}) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> leftovers;
            try (Stream<Path> walk = Files.walk(dir)) {
                leftovers = walk.filter(Files::isRegularFile).filter(this::isLeftover).toList();
            }
            for (Path f : leftovers) {
                log.info("Left over from a stop while a file was being kept, removed: {}", f);
                Files.deleteIfExists(f);
            }
        }
    }

    private boolean isLeftover(Path f) {
        String name = f.getFileName().toString();
        try {
            return name.startsWith(".") && name.endsWith(".tmp") || Files.size(f) == 0
                    && !name.endsWith(SubmissionIntake.REASON_SUFFIX)
                    && !store.isKept(settings.share().relativize(f).toString());
        } catch (IOException e) {
            return false;
        }
    }
}
