package th.go.moc.ops.sor301hub;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.moc.ops.sor301hub.analysis.CabinetTargets;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;

/** The plain parts, built once from the mapping files, offered to the routes and screens. */
@Configuration
@EnableConfigurationProperties(HubSettings.class)
class HubConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    Components components(HubSettings settings, Clock clock) {
        return Components.load(settings.mappings(), new TargetComparison(settings.basis(), settings.onTargetTolerance()),
                new CabinetTargets(settings.cabinetTargets()), settings.deadlineDay(), clock);
    }

    /** The intake route's readers: files of different folders are read at once (see FolderTurns). */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService intakeWorkers(HubSettings settings) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(settings.workerCount(), r -> {
            Thread t = new Thread(r, "intake-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
