package fr.lacoopol.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The events a projection could not handle, per processor (Axon's dead-letter queue in PostgreSQL): each stops
 * only its own aggregate's sequence, so they are easy to miss. Shown in health ({@code /actuator/health/deadLetters},
 * the counts to administrators) and as the gauge {@code coopol.dead.letters} tagged by processor. Health stays UP:
 * the application still serves, and readiness must not take it out of a load balancer for one bad event.
 */
@Component("deadLetters")
class DeadLetters implements HealthIndicator, MeterBinder {

    static final String METER = "coopol.dead.letters";

    private final JdbcTemplate jdbc;
    private volatile MeterRegistry registry;

    DeadLetters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Dead letters per processor, for every processor that has some. A processor's gauge is registered the first
     * time it has one (Axon's processors are not known yet when meters are bound); {@code processor=all} counts
     * them all from the start.
     */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT processinggroup, count(*) FROM deadletterentry GROUP BY processinggroup",
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        MeterRegistry meters = registry;
        if (meters != null) counts.keySet().forEach(processor -> gauge(meters, processor));
        return counts;
    }

    private void gauge(MeterRegistry meters, String processor) {
        Gauge.builder(METER, () -> processor.equals("all") ? total(counts()) : counts().getOrDefault(processor, 0L))
                .tag("processor", processor)
                .description("events a processor could not handle, kept in its dead-letter queue")
                .register(meters);
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public Health health() {
        Map<String, Long> counts = counts();
        return Health.up().withDetail("total", total(counts)).withDetails(Map.copyOf(counts)).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        gauge(registry, "all");
    }
}
