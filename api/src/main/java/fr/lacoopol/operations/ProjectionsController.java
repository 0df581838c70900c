package fr.lacoopol.operations;

import fr.lacoopol.errors.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * AUD-3: every event processor (projections, the mail and import processes) with its position against the head of
 * the store, its lag in events, its dead letters and whether it is replaying — what an administrator looks at
 * before trusting a read model, and what the bench waits on before it measures. An administrator lists a
 * projection's dead letters, retries them once the cause is fixed, or drops them.
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
    private final DeadLetterRetries retries;
    private final SideBySideReplays replays;

    ProjectionsController(EventProcessingConfiguration processing, EventStore eventStore, DeadLetters deadLetters,
                          DeadLetterRetries retries, SideBySideReplays replays) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.deadLetters = deadLetters;
        this.retries = retries;
        this.replays = replays;
    }

    @PostMapping("/api/admin/projections/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Reconstruire une projection à côté de celle en service (AUD-3)",
            description = "Les lecteurs gardent l'ancien modèle jusqu'à ce que le nouveau l'ait rattrapé ; puis les deux "
                    + "sont échangés en une transaction (pour un index Elasticsearch, une nouvelle génération prend le nom "
                    + "de l'index en une opération du serveur). Aucun e-mail n'est envoyé. Suivre l'avancement sur GET du "
                    + "même chemin. 409 pour un processeur qui n'est pas une projection (e-mails, processus).")
    SideBySideReplays.Replay replay(@PathVariable String name) {
        return replays.start(name);
    }

    @GetMapping("/api/admin/projections/{name}/replay")
    @Operation(summary = "L'avancement d'une reconstruction : position, tête du journal, état")
    SideBySideReplays.Replay replayStatus(@PathVariable String name) {
        return replays.status(name);
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
                    replays.isReplaying(name) || status.values().stream().anyMatch(EventTrackerStatus::isReplaying),
                    !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp),
                    position, head.isPresent() ? head.getAsLong() : null, lag, dead.getOrDefault(name, 0L), error));
        });
        return all;
    }

    /** One event in a dead-letter queue: what and where, never its payload (it may hold personal data). */
    record DeadLetterView(String eventId, String eventType, String aggregateId, Long sequenceNumber, Instant enqueuedAt,
                          Instant lastTouched, String causeType, String causeMessage) {
    }

    /** The dead letters of one aggregate's sequence: they are retried in order, or wait together. */
    record DeadSequence(List<DeadLetterView> letters) {
    }

    record Dropped(long dropped) {
    }

    @GetMapping("/api/admin/projections/{name}/dead-letters")
    @Operation(summary = "Les événements qu'une projection n'a pas pu traiter, par séquence d'agrégat (AUD-3)")
    List<DeadSequence> deadLetters(@PathVariable String name) {
        List<DeadSequence> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(name).deadLetters()) {
            List<DeadLetterView> letters = new ArrayList<>();
            sequence.forEach(letter -> letters.add(view(letter)));
            sequences.add(new DeadSequence(letters));
        }
        return sequences;
    }

    @PostMapping("/api/admin/projections/{name}/dead-letters/retry")
    @Operation(summary = "Réessayer les lettres mortes d'une projection (après correction de la cause)",
            description = "Chaque séquence est reprise dans l'ordre ; celles qui échouent encore restent dans la file. "
                    + "Elles sont aussi réessayées chaque minute.")
    DeadLetterRetries.Retried retry(@PathVariable String name) {
        return retries.retry(name);
    }

    @DeleteMapping("/api/admin/projections/{name}/dead-letters")
    @Operation(summary = "Abandonner les lettres mortes d'une projection",
            description = "Leurs événements restent dans le journal ; seule la projection les ignore (un rejeu les repasse).")
    Dropped drop(@PathVariable String name) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(name);
        long amount = queue.size();
        queue.clear();
        return new Dropped(amount);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String name) {
        return processing.deadLetterQueue(name).orElseThrow(NotFoundException::new);
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long sequenceNumber = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        return new DeadLetterView(event.getIdentifier(), event.getPayloadType().getSimpleName(), aggregateId,
                sequenceNumber, letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null));
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
