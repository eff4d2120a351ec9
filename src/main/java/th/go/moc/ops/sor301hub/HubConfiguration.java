package th.go.moc.ops.sor301hub;

import java.time.Clock;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.processor.aggregate.UseLatestAggregationStrategy;
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

    /** A month's outputs are rebuilt once after a burst of arrivals: only the month matters, not which file. */
    @Bean
    AggregationStrategy latestArrival() {
        return new UseLatestAggregationStrategy();
    }
}
