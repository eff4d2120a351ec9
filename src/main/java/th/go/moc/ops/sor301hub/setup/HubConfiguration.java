package th.go.moc.ops.sor301hub.setup;

import java.time.Clock;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.moc.ops.sor301hub.analysis.CabinetTargets;
import th.go.moc.ops.sor301hub.analysis.TargetComparison;
import th.go.moc.ops.sor301hub.intake.SubmissionReader;
import th.go.moc.ops.sor301hub.registry.UnitRegistry;
import th.go.moc.ops.sor301hub.report.MonthOutputs;
import th.go.moc.ops.sor301hub.settings.HubSettings;

/** The plain parts, built once from the mapping files, offered to the routes and screens. */
@Configuration
@EnableConfigurationProperties(HubSettings.class)
class HubConfiguration {

    private static final int QUEUE = 10_000;

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    Components components(HubSettings settings, Clock clock) {
        return Components.load(settings.mappings(), new TargetComparison(settings.basis(), settings.onTargetTolerance()),
                new CabinetTargets(settings.cabinetTargets()), settings.deadlineDay(), clock);
    }

    /** The parts on their own, so that each stage asks for what it uses, not for all of them. */
    @Bean
    SubmissionReader submissionReader(Components components) {
        return components.reader();
    }

    @Bean
    UnitRegistry unitRegistry(Components components) {
        return components.units();
    }

    @Bean
    MonthOutputs monthOutputs(Components components) {
        return components.outputs();
    }

    /**
     * The intake route's readers, as a Camel thread pool profile ("intake"): Camel makes and stops the pool.
     * Its queue holds more files than a month brings (a file waiting for a reader is already taken from the
     * inbox's point of view); were it ever full, the inbox's own thread would read the file itself.
     */
    @Bean
    CamelContextConfiguration intakeThreads(HubSettings settings) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camel) {
                camel.getExecutorServiceManager().registerThreadPoolProfile(new ThreadPoolProfileBuilder("intake")
                        .poolSize(settings.workerCount()).maxPoolSize(settings.workerCount()).maxQueueSize(QUEUE).build());
            }

            @Override
            public void afterApplicationStart(CamelContext camel) {
                // nothing more
            }
        };
    }
}
