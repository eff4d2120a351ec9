package th.go.moc.ops.sor301hub.share;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Works out {@code hub.folder}, the share's folder on this machine, which the intake route watches and every part
 * of the service writes under: {@code hub.share} itself when it is a path, or {@code hub.work} (this instance's
 * working copy) when the share is an address such as {@code sftp://…} or {@code smb://…}. Worked out when asked,
 * so that settings added after start-up (a test's) count; a {@code hub.folder} set anywhere else wins.
 */
public class ShareFolderProperty implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Its source must not be the environment itself: Boot would then look through it into every source again.
        environment.getPropertySources().addLast(new PropertySource<>("hub.folder", new Object()) {
            @Override
            public Object getProperty(String name) {
                if (!"hub.folder".equals(name)) {
                    return null;
                }
                String share = environment.getProperty("hub.share", "./share");
                return ShareAddress.isAddress(share) ? environment.getProperty("hub.work", "./work") : share;
            }
        });
    }
}
