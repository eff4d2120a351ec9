package th.go.moc.ops.sor301hub.share;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.moc.ops.sor301hub.settings.HubSettings;
import th.go.moc.ops.sor301hub.store.SubmissionStore;
import th.go.moc.ops.sor301hub.store.WorkQueue;

/** Which share the service works on: {@code hub.share} as a folder, or as an {@code sftp://} / {@code smb://} address. */
@Configuration
public class ShareConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ShareConfiguration.class);

    @Bean(destroyMethod = "close")
    ShareAccess shareAccess(HubSettings settings, SubmissionStore store, WorkQueue queue, Clock clock, @Value("${hub.share:./share}") String share,
                            @Value("${hub.share-username:}") String username,
                            @Value("${hub.share-password:}") String password,
                            @Value("${hub.share-password-file:}") String passwordFile,
                            @Value("${hub.share-known-hosts:}") String knownHosts,
                            @Value("${hub.share-timeout:30s}") Duration timeout) throws Exception {
        if (!ShareAddress.isAddress(share)) {
            return new ShareAccess(settings, Optional.empty());
        }
        ShareAddress address = ShareAddress.of(share, username, password, passwordFile);
        RemoteShare remote = new RemoteShare(address, knownHosts.isBlank() ? null : Path.of(knownHosts), timeout);
        log.info("The share is {}; this instance's working copy is {}", address, settings.share().toAbsolutePath());
        return new ShareAccess(settings, Optional.of(new ShareBridge(remote, settings, store, queue, clock)));
    }
}
