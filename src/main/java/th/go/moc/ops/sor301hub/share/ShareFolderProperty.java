package th.go.moc.ops.sor301hub.share;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Works out {@code hub.folder}, the share's folder on this machine, which the intake route watches and every part
 * of the service writes under: {@code hub.share} itself when it is a path, or {@code hub.work} (this instance's
 * working copy) when the share is an address such as {@code sftp://…} or {@code smb://…}. Set only if not set.
 */
public class ShareFolderProperty implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String share = environment.getProperty("hub.share", "./share");
        String folder = ShareAddress.isAddress(share) ? environment.getProperty("hub.work", "./work") : share;
        environment.getPropertySources().addLast(new MapPropertySource("hub.folder", Map.of("hub.folder", folder)));
    }
}
