package fr.lacoopol.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * AUD-3: every event processor (projections, the mail and import processes) with its position against the head of
 * the store, its lag in events, its dead letters and whether it is replaying — what an administrator looks at
 * before trusting a read model, and what the bench waits on before it measures.
 */
@RestController
@Tag(name = "Administration")
class ProjectionsController {

    /**
     * {@code position}: the lowest position its segments have reached (the read model holds every event up to it);
     * {@code lag}: events of the store after it; {@code error}: why a segment stopped, if one did.
     */
    record ProjectionStatus(String name, boolean running, int segments, boolean replaying, boolean caughtUp,
                            Long position, Long head, Long lag, long deadLetters, String error) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final DeadLetters deadLetters;

    ProjectionsController(EventProcessingConfiguration processing, EventStore eventStore, DeadLetters deadLetters) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/admin/projections")
    @Operation(summary = "Les projections et leur retard sur le journal d'événements (AUD-3, administrateurs)")
    List<ProjectionStatus> projections() {
        Map<String, Long> dead = deadLetters.counts();
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) processors.put(name, streaming);
        });
        Map<String, Map<Integer, EventTrackerStatus>> statuses = new TreeMap<>();
        processors.forEach((name, processor) -> statuses.put(name, Map.copyOf(processor.processingStatus())));
        // Read after the positions, so that no position is ahead of it.
        OptionalLong head = position(eventStore.createHeadToken());
        List<ProjectionStatus> all = new ArrayList<>();
        processors.forEach((name, streaming) -> {
            Map<Integer, EventTrackerStatus> status = statuses.get(name);
            OptionalLong lowest = status.values().stream()
                    .map(segment -> segment.getCurrentPosition().orElse(-1L))
                    .mapToLong(Long::longValue).min();
            Long position = status.isEmpty() ? null : lowest.getAsLong();
            Long lag = position == null || head.isEmpty() ? null : Math.max(0, head.getAsLong() - position);
            String error = status.values().stream().filter(EventTrackerStatus::isErrorState)
                    .map(segment -> String.valueOf(segment.getError())).findFirst().orElse(null);
            all.add(new ProjectionStatus(name, streaming.isRunning(), status.size(),
                    status.values().stream().anyMatch(EventTrackerStatus::isReplaying),
                    !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp),
                    position, head.isPresent() ? head.getAsLong() : null, lag, dead.getOrDefault(name, 0L), error));
        });
        return all;
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
