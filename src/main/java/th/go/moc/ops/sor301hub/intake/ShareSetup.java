package th.go.moc.ops.sor301hub.intake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.share.ShareAccess;

/**
 * Makes the share's folders on start. On the very first start (no inbox yet) and when
 * {@code hub.seed-samples} is on, copies the sample workbooks into the inbox, so that a new user sees
 * a month processed at once (a local share only: one reached over SFTP/SMB is never seeded).
 */
@Component
class ShareSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShareSetup.class);
    private static final String SAMPLES = "sample-workbooks/";

    private final HubSettings settings;
    private final ShareAccess shares;

    ShareSetup(HubSettings settings, ShareAccess shares) {
        this.settings = settings;
        this.shares = shares;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        // The intake route makes inbox/ itself as it starts, so "first start" is told by archive/.
        boolean firstStart = !Files.exists(settings.archive());
        for (Path dir : new Path[] {settings.inbox(), settings.archive(), settings.rejected(), settings.feedback(),
            settings.outputs()}) {
            Files.createDirectories(dir);
        }
        // A share elsewhere is shared with other instances and real units: samples only ever go in a local one.
        if (firstStart && settings.seedSamples() && shares.bridge().isEmpty()) {
            log.info("First start: {} sample workbooks put in {}", seedSamples(), settings.inbox().toAbsolutePath());
        }
    }

    /** Copies the samples beside the inbox, then moves each unit's folder in whole, so none is seen half-copied. */
    private int seedSamples() throws IOException {
        Path staging = Files.createDirectories(settings.share().resolve(".seeding"));
        int n = 0;
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + SAMPLES + "**/*.xls*")) {
            String url = URLDecoder.decode(r.getURL().toString(), StandardCharsets.UTF_8);
            Path target = staging.resolve(url.substring(url.lastIndexOf(SAMPLES) + SAMPLES.length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = r.getInputStream()) {
                Files.copy(in, target);
            }
            n++;
        }
        try (Stream<Path> units = Files.list(staging)) {
            for (Path unit : units.toList()) {
                Files.move(unit, settings.inbox().resolve(unit.getFileName()));
            }
        }
        Files.delete(staging);
        return n;
    }
}
