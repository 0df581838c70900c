package fr.lacoopol.imports;

import fr.lacoopol.batches.CommandBatches;
import fr.lacoopol.access.MessageOrigin;
import fr.lacoopol.errors.DomainException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.imports.command.RecordUndoneRowsCommand;
import fr.lacoopol.imports.event.ImportUndoRowsRecordedEvent;
import fr.lacoopol.imports.event.ImportUndoStartedEvent;
import fr.lacoopol.imports.event.ImportUndoneEvent;
import fr.lacoopol.imports.event.ImportedRowsRecordedEvent;
import fr.lacoopol.imports.query.ImportsBeingUndone;
import fr.lacoopol.imports.query.ImportsBeingUndoneQuery;
import fr.lacoopol.member.command.WithdrawImportedDataCommand;
import fr.lacoopol.member.command.WithdrawImportedPersonCommand;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Undoing an import (INV-7), in the background like the import itself ({@link ImportProcess}), under the same
 * {@link ImportLease}, resumed the same way after a stop, and from the import's own events: the rows it imported or
 * merged, and how many of them are undone already.
 *
 * <p>Each person is asked once, at the first row that named them: a person the import created is removed unless
 * touched since ({@link WithdrawImportedPersonCommand}); a record it completed gives back the blanks it filled
 * ({@link WithdrawImportedDataCommand}); each answers what it did and, when it could not, why. The other rows
 * naming the same person point to that first one. A batch's commands and its record are carried out all or none
 * ({@link CommandBatches}), so a batch is undone whole or redone whole; should a batch fail, its people are asked
 * one by one, each refusal kept with its reason; any other failure stops the undoing, to be taken up again.
 */
@Component
@ProcessingGroup(ImportUndoProcess.PROCESSING_GROUP)
@DisallowReplay
public class ImportUndoProcess {

    static final String PROCESSING_GROUP = "import-undo";
    static final int BATCH_ROWS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ImportUndoProcess.class);

    /** The rows to undo (imported or merged, in line order), from the first not undone yet. */
    record Job(ImportId importId, List<RowOutcome> rows, Map<String, Integer> firstLine,
               Set<String> created, int rowsDone, String actor) {
    }

    private final QueryGateway queries;
    private final EventStore events;
    private final CommandBatches batches;
    private final Cache aggregateCache;
    private final ImportWorker worker;

    ImportUndoProcess(QueryGateway queries, EventStore events, DataSource dataSource,
                      CommandBatches batches, @Qualifier("aggregateCache") Cache aggregateCache) {
        this.queries = queries;
        this.events = events;
        this.worker = new ImportWorker("coopol-import-undo", "the undoing", dataSource,
                importId -> jobOf(importId).ifPresent(this::work));
        this.batches = batches;
        this.aggregateCache = aggregateCache;
    }

    @EventHandler
    void on(ImportUndoStartedEvent event) {
        worker.start(event.importId());
    }

    /** Undoings left half-way are taken up again, here or on another instance, whichever holds their lease. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${coopol.imports.resume-interval:PT1M}",
            initialDelayString = "${coopol.imports.resume-interval:PT1M}")
    void resumeLeftUndoing() {
        for (String importId : queries.query(new ImportsBeingUndoneQuery(), ImportsBeingUndone.class).join().importIds()) {
            worker.start(new ImportId(importId));
        }
    }

    @PreDestroy
    void stop() {
        worker.close();
    }

    /** The undoing as the import's events tell it, if it is started and not done. */
    Optional<Job> jobOf(ImportId importId) {
        List<RowOutcome> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Set<String> created = new HashSet<>();
        String actor = null;
        int rowsToUndo = 0;
        int rowsDone = 0;
        // From the first event, not from a snapshot: the process reads the events themselves.
        var stream = events.readEvents(importId.value(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object event = message.getPayload();
            if (event instanceof ImportUndoneEvent) return Optional.empty();
            if (event instanceof ImportedRowsRecordedEvent recorded) {
                for (RowOutcome row : recorded.outcomes()) {
                    if (row.kind() == RowOutcome.Kind.REJECTED) continue;
                    rows.add(row);
                    firstLine.putIfAbsent(row.recordId(), row.line());
                    if (row.kind() == RowOutcome.Kind.IMPORTED) created.add(row.recordId());
                }
            }
            if (event instanceof ImportUndoStartedEvent) {
                actor = (String) message.getMetaData().getOrDefault(MessageOrigin.ACTOR, PROCESSING_GROUP);
                rowsToUndo = ((ImportUndoStartedEvent) event).rowsToUndo();
            }
            if (event instanceof ImportUndoRowsRecordedEvent undone) rowsDone = undone.to();
        }
        if (actor == null) return Optional.empty();
        // Fewer rows would end the work before the import counts itself undone: it would stay UNDOING for ever.
        if (rows.size() != rowsToUndo) {
            throw new IllegalStateException("the events of import " + importId.value() + " name " + rows.size()
                    + " rows to undo, its undoing " + rowsToUndo);
        }
        return Optional.of(new Job(importId, rows, firstLine, created, rowsDone, actor));
    }

    private void work(Job job) {
        for (int from = job.rowsDone(); from < job.rows().size(); from += BATCH_ROWS) {
            undoBatch(job, from, job.rows().subList(from, Math.min(from + BATCH_ROWS, job.rows().size())));
        }
    }

    private void undoBatch(Job job, int from, List<RowOutcome> rows) {
        // One command per person, at the first row that named them; the index of that row in the batch.
        Map<Integer, Object> planned = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RowOutcome row = rows.get(i);
            if (job.firstLine().get(row.recordId()) != row.line()) continue;
            MemberId person = new MemberId(row.recordId());
            planned.put(i, job.created().contains(row.recordId())
                    ? new WithdrawImportedPersonCommand(person, job.importId())
                    : new WithdrawImportedDataCommand(person, job.importId()));
        }
        try {
            batches.allOrNone(job.actor(), batch -> {
                Map<Integer, UndoOutcome> answers = new HashMap<>();
                planned.forEach((index, command) -> answers.put(index, batch.send(command)));
                batch.send(record(job, from, rows, answers));
            });
        } catch (RuntimeException batchFailure) {
            LOG.warn("undoing import {}: batch from row {} failed as a whole ({}); redoing it person by person",
                    job.importId(), from, batchFailure.toString());
            // Only this batch's aggregates may hold what the rolled-back unit of work applied.
            planned.keySet().forEach(index -> aggregateCache.remove(rows.get(index).recordId()));
            aggregateCache.remove(job.importId().value());
            Map<Integer, UndoOutcome> answers = new HashMap<>();
            planned.forEach((index, command) -> {
                String person = rows.get(index).recordId();
                try {
                    batches.allOrNone(job.actor(), row -> answers.put(index, row.send(command)));
                } catch (RuntimeException failure) {
                    DomainException refusal = CommandBatches.refusal(failure).orElseThrow(() -> failure);
                    LOG.warn("undoing import {}: person {} kept ({})", job.importId(), person, refusal.toString());
                    answers.put(index, UndoOutcome.kept(person, refusal instanceof NotFoundException
                            ? "la personne a déjà été supprimée" : "refusé : " + reason(refusal)));
                }
            });
            RecordUndoneRowsCommand recordRows = record(job, from, rows, answers);
            batches.allOrNone(job.actor(), batch -> batch.send(recordRows));
        }
    }

    /** Each row's outcome: its person's answer at the first row naming them, a pointer to that row otherwise. */
    private static RecordUndoneRowsCommand record(Job job, int from, List<RowOutcome> rows,
                                                  Map<Integer, UndoOutcome> answers) {
        List<UndoOutcome> outcomes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            RowOutcome row = rows.get(i);
            UndoOutcome answer = answers.get(i);
            outcomes.add(answer != null ? answer.atLine(row.line())
                    : new UndoOutcome(row.line(), UndoOutcome.Kind.UNCHANGED, row.recordId(), List.of(),
                            "même personne que la ligne " + job.firstLine().get(row.recordId())));
        }
        return new RecordUndoneRowsCommand(job.importId(), from, from + rows.size(), outcomes);
    }

    private static String reason(RuntimeException failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "erreur" : message.length() > 280 ? message.substring(0, 280) : message;
    }
}
