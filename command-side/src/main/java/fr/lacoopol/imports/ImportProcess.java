package fr.lacoopol.imports;

import fr.lacoopol.access.MessageOrigin;
import fr.lacoopol.contact.ContactDetails;
import fr.lacoopol.contact.command.AddContactCommand;
import fr.lacoopol.contact.command.MergeImportedContactCommand;
import fr.lacoopol.errors.DomainException;
import fr.lacoopol.batches.CommandBatches;
import fr.lacoopol.files.FileStore;
import fr.lacoopol.identity.ImportMatching;
import fr.lacoopol.identity.ImportMatching.PersonKey;
import fr.lacoopol.ids.ContactId;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.ImportId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.imports.command.RecordImportedRowsCommand;
import fr.lacoopol.imports.event.ImportFinishedEvent;
import fr.lacoopol.imports.event.ImportStartedEvent;
import fr.lacoopol.imports.event.ImportUploadedEvent;
import fr.lacoopol.imports.event.ImportedRowsRecordedEvent;
import fr.lacoopol.imports.file.CsvFile;
import fr.lacoopol.imports.file.CsvFile.Row;
import fr.lacoopol.imports.file.CsvFile.Rows;
import fr.lacoopol.imports.query.RunningImport;
import fr.lacoopol.imports.query.RunningImports;
import fr.lacoopol.imports.query.RunningImportsQuery;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.MembershipType;
import fr.lacoopol.member.command.CreatePersonToInviteCommand;
import fr.lacoopol.member.command.MergeImportedPersonCommand;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.DisallowReplay;
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
 * The import process (INV-6): works through a mapped file in the background, a batch of rows at a time, so
 * that the API keeps answering and the heap holds one batch, never the file.
 *
 * <p>It starts when an import is started ({@link ImportStartedEvent}), and every import left running (an
 * instance stopped, a database that failed mid-way) is taken up again by whichever instance looks first: at
 * start-up and every minute. An instance works an import only while it holds the import's {@link ImportLease}.
 * What to do is read from the import's own events: the file, the mapping, the rows already recorded, and who
 * started it.
 *
 * <p>Each row becomes a new person (or contact), a merge into the same person of the section (same e-mail or
 * membership number, or a row already imported with the very same values), or a rejection with its reason
 * (INV-5). A batch's commands and the record of its rows are carried out all or none ({@link CommandBatches}): after
 * a crash the batch is redone whole. Should a batch fail (a concurrent change took an e-mail meanwhile), its
 * rows are redone one by one, each refusal becoming that row's rejection; any other failure stops the import,
 * to be taken up again from that batch. A person's id derives from the
 * section and the row's values, so a row processed twice names the same person: importing the same file
 * again changes nothing.
 */
@Component
@ProcessingGroup(ImportProcess.PROCESSING_GROUP)
@DisallowReplay
public class ImportProcess {

    static final String PROCESSING_GROUP = "import-process";
    static final int BATCH_ROWS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ImportProcess.class);

    /** What the process needs to go through one import's file from a given row. */
    record Job(ImportId importId, SectionId sectionId, FederationId federationId, ImportKind kind,
               String fileSha256, String encoding, String delimiter, List<ColumnMapping> mapping,
               MembershipType membershipType, int rowsDone, String actor) {
    }

    private final QueryGateway queries;
    private final EventStore events;
    private final ImportMatching matching;
    private final FileStore files;
    private final CommandBatches batches;
    private final Cache aggregateCache;
    private final ImportWorker worker;

    ImportProcess(QueryGateway queries, EventStore events, ImportMatching matching,
                  FileStore files, DataSource dataSource, CommandBatches batches,
                  @Qualifier("aggregateCache") Cache aggregateCache) {
        this.queries = queries;
        this.events = events;
        this.matching = matching;
        this.files = files;
        this.worker = new ImportWorker("coopol-import", "the import", dataSource,
                importId -> jobOf(importId).ifPresent(this::work));
        this.batches = batches;
        this.aggregateCache = aggregateCache;
    }

    @EventHandler
    void on(ImportStartedEvent event) {
        worker.start(event.importId());
    }

    /** Imports left running are taken up again, here or on another instance, whichever holds their lease. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${coopol.imports.resume-interval:PT1M}",
            initialDelayString = "${coopol.imports.resume-interval:PT1M}")
    void resumeLeftRunning() {
        for (RunningImport running : queries.query(new RunningImportsQuery(), RunningImports.class).join().imports()) {
            worker.start(new ImportId(running.importId()));
        }
    }

    @PreDestroy
    void stop() {
        worker.close();
    }

    /** The import as its events tell it, if it is started and not finished. */
    private Optional<Job> jobOf(ImportId importId) {
        ImportUploadedEvent uploaded = null;
        ImportStartedEvent started = null;
        String actor = null;
        int rowsDone = 0;
        // From the first event, not from a snapshot: the process reads the events themselves.
        var stream = events.readEvents(importId.value(), 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object event = message.getPayload();
            if (event instanceof ImportFinishedEvent) return Optional.empty();
            if (event instanceof ImportUploadedEvent upload) uploaded = upload;
            if (event instanceof ImportedRowsRecordedEvent recorded) rowsDone = recorded.toRow();
            if (event instanceof ImportStartedEvent start) {
                started = start;
                actor = (String) message.getMetaData().getOrDefault(MessageOrigin.ACTOR, PROCESSING_GROUP);
            }
        }
        if (uploaded == null || started == null) return Optional.empty();
        return Optional.of(new Job(importId, uploaded.sectionId(), uploaded.federationId(), uploaded.kind(),
                uploaded.file().sha256(), uploaded.encoding(), uploaded.delimiter(), started.mapping(),
                started.membershipType(), rowsDone, actor));
    }

    private void work(Job job) {
        Path file = files.find(FileStore.Area.MEMBER_FILES, job.fileSha256()).orElseThrow(() ->
                new IllegalStateException("the file of import " + job.importId() + " is missing"));
        try (Rows rows = CsvFile.of(file, job.encoding(), job.delimiter()).rows()) {
            rows.skip(job.rowsDone());
            int from = job.rowsDone();
            List<Row> batch = next(rows);
            while (!batch.isEmpty()) {
                importBatch(job, from, batch);
                from += batch.size();
                batch = next(rows);
            }
        }
    }

    private static List<Row> next(Rows rows) {
        List<Row> batch = new ArrayList<>(BATCH_ROWS);
        while (batch.size() < BATCH_ROWS && rows.hasNext()) batch.add(rows.next());
        return batch;
    }

    private void importBatch(Job job, int from, List<Row> rows) {
        Plan plan = job.kind() == ImportKind.MEMBERS ? planPeople(job, rows) : planContacts(job, rows);
        RecordImportedRowsCommand record = new RecordImportedRowsCommand(job.importId(), from, from + rows.size(),
                plan.outcomes());
        try {
            batches.allOrNone(job.actor(), plan.newSubjects(), batch -> {
                plan.commands().values().forEach(batch::send);
                batch.send(record);
            });
        } catch (RuntimeException batchFailure) {
            LOG.warn("import {}: batch from row {} failed as a whole ({}); redoing it row by row", job.importId(), from,
                    batchFailure.toString());
            // Only this batch's aggregates may hold what the rolled-back unit of work applied.
            plan.aggregateIds().forEach(aggregateCache::remove);
            aggregateCache.remove(job.importId().value());
            List<RowOutcome> outcomes = new ArrayList<>(plan.outcomes());
            plan.commands().forEach((index, command) -> {
                try {
                    batches.allOrNone(job.actor(), row -> row.send(command));
                } catch (RuntimeException rowFailure) {
                    DomainException refusal = CommandBatches.refusal(rowFailure).orElseThrow(() -> rowFailure);
                    // Every row that named this person shares the refusal.
                    String person = outcomes.get(index).recordId();
                    for (int i = 0; i < outcomes.size(); i++) {
                        RowOutcome outcome = outcomes.get(i);
                        if (person.equals(outcome.recordId())) {
                            outcomes.set(i, RowOutcome.rejected(outcome.line(), reason(refusal)));
                        }
                    }
                }
            });
            RecordImportedRowsCommand recordRows = new RecordImportedRowsCommand(job.importId(), from, from + rows.size(), outcomes);
            batches.allOrNone(job.actor(), batch -> batch.send(recordRows));
        }
    }

    /** The outcome of each row, and the commands that carry them out, keyed by the index of the row they come from. */
    private record Plan(List<RowOutcome> outcomes, Map<Integer, Object> commands) {

        /** The people or contacts the batch creates: their encryption keys are made in one go. */
        List<String> newSubjects() {
            return commands.values().stream().map(command -> command instanceof CreatePersonToInviteCommand create
                    ? create.memberId().value() : command instanceof AddContactCommand add ? add.contactId().value() : null)
                    .filter(Objects::nonNull).toList();
        }

        /** Every aggregate the batch's commands change. */
        List<String> aggregateIds() {
            return commands.values().stream().map(Plan::aggregateId).toList();
        }

        private static String aggregateId(Object command) {
            if (command instanceof CreatePersonToInviteCommand create) return create.memberId().value();
            if (command instanceof MergeImportedPersonCommand merge) return merge.memberId().value();
            if (command instanceof AddContactCommand add) return add.contactId().value();
            if (command instanceof MergeImportedContactCommand merge) return merge.contactId().value();
            throw new IllegalStateException("not an import's command: " + command);
        }
    }

    private Plan planPeople(Job job, List<Row> rows) {
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        List<RowValues.Person> people = new ArrayList<>(rows.size());
        List<MemberId> rowIds = new ArrayList<>(rows.size());
        List<String> emails = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (Row row : rows) {
            RowValues values = new RowValues(job.mapping(), row.cells());
            try {
                RowValues.Person person = values.person();
                people.add(person);
                if (person.email() != null) emails.add(person.email().value());
                if (person.membershipNumber() != null) numbers.add(person.membershipNumber());
                outcomes.add(null);
            } catch (InvalidValueException e) {
                people.add(null);
                outcomes.add(RowOutcome.rejected(row.line(), e.getMessage()));
            }
            rowIds.add(new MemberId(nameUuid("import-row:" + job.sectionId().value() + ":" + values.fingerprint())));
        }
        Map<String, PersonKey> byEmail = new HashMap<>();
        Map<String, MemberId> byNumber = new HashMap<>();
        for (PersonKey key : matching.peopleMatching(job.sectionId(), emails, numbers)) {
            if (key.email() != null) byEmail.put(key.email(), key);
            if (key.membershipNumber() != null && job.sectionId().equals(key.sectionId())) {
                byNumber.put(key.membershipNumber(), key.memberId());
            }
        }
        Set<MemberId> existing = matching.existing(rowIds);
        // One command per person: rows naming the same person pile up into it, each filling what is still blank.
        Map<MemberId, Integer> commandRow = new LinkedHashMap<>();
        Map<MemberId, RowValues.Person> merged = new LinkedHashMap<>();
        Map<MemberId, Boolean> isNew = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RowValues.Person person = people.get(i);
            if (person == null) continue;
            int line = rows.get(i).line();
            PersonKey emailOwner = person.email() == null ? null : byEmail.get(person.email().value());
            if (emailOwner != null && !job.sectionId().equals(emailOwner.sectionId())) {
                // Someone else's login elsewhere: this row is taken like any other, and the section learns
                // nothing of it (P1); the person's invitation asks them by e-mail (MailNotifications).
                emailOwner = null;
                byEmail.remove(person.email().value());
            }
            MemberId target = emailOwner != null ? emailOwner.memberId()
                    : person.membershipNumber() != null && byNumber.containsKey(person.membershipNumber())
                    ? byNumber.get(person.membershipNumber()) : rowIds.get(i);
            boolean known = merged.containsKey(target) || existing.contains(target) || !target.equals(rowIds.get(i));
            outcomes.set(i, known ? RowOutcome.merged(line, target.value()) : RowOutcome.imported(line, target.value()));
            merged.merge(target, person, ImportProcess::fillBlanks);
            commandRow.putIfAbsent(target, i);
            isNew.putIfAbsent(target, !known);
            if (person.email() != null) byEmail.putIfAbsent(person.email().value(), new PersonKey(target, job.sectionId(), null, null));
            if (person.membershipNumber() != null) byNumber.putIfAbsent(person.membershipNumber(), target);
        }
        Map<Integer, Object> planned = new LinkedHashMap<>();
        merged.forEach((target, person) -> planned.put(commandRow.get(target), isNew.get(target)
                ? new CreatePersonToInviteCommand(target, job.federationId(), job.sectionId(), job.membershipType(),
                        person.name(), person.email(), person.coordinates(), person.personalInfo(),
                        person.membershipNumber(), person.membershipDate())
                : new MergeImportedPersonCommand(target, job.importId(), person.email(), person.coordinates(),
                        person.personalInfo(), person.membershipNumber(), person.membershipDate())));
        return new Plan(outcomes, planned);
    }

    private Plan planContacts(Job job, List<Row> rows) {
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        List<ContactDetails> contacts = new ArrayList<>(rows.size());
        List<String> emails = new ArrayList<>();
        for (Row row : rows) {
            try {
                ContactDetails contact = new RowValues(job.mapping(), row.cells()).contact();
                contacts.add(contact);
                emails.add(contact.email().value());
                outcomes.add(null);
            } catch (InvalidValueException e) {
                contacts.add(null);
                outcomes.add(RowOutcome.rejected(row.line(), e.getMessage()));
            }
        }
        Map<String, ContactId> known = new HashMap<>(matching.contactsByEmail(job.sectionId(), emails));
        Map<ContactId, Integer> commandRow = new LinkedHashMap<>();
        Map<ContactId, ContactDetails> merged = new LinkedHashMap<>();
        Map<ContactId, Boolean> isNew = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ContactDetails contact = contacts.get(i);
            if (contact == null) continue;
            String email = contact.email().value();
            ContactId existing = known.get(email);
            ContactId target = existing != null ? existing
                    : new ContactId(nameUuid("import-contact:" + job.sectionId().value() + ":" + email));
            boolean already = existing != null || merged.containsKey(target);
            outcomes.set(i, already ? RowOutcome.merged(rows.get(i).line(), target.value())
                    : RowOutcome.imported(rows.get(i).line(), target.value()));
            merged.merge(target, contact, (first, next) -> first.organisation() != null ? first
                    : new ContactDetails(first.name(), next.organisation(), first.email()));
            commandRow.putIfAbsent(target, i);
            isNew.putIfAbsent(target, existing == null);
        }
        Map<Integer, Object> planned = new LinkedHashMap<>();
        merged.forEach((target, contact) -> planned.put(commandRow.get(target), isNew.get(target)
                ? new AddContactCommand(target, job.sectionId(), contact)
                : new MergeImportedContactCommand(target, job.importId(), contact.organisation())));
        return new Plan(outcomes, planned);
    }

    private static RowValues.Person fillBlanks(RowValues.Person first, RowValues.Person next) {
        return new RowValues.Person(first.name(), first.email() != null ? first.email() : next.email(),
                first.coordinates().withBlanksFrom(next.coordinates()),
                first.personalInfo().withBlanksFrom(next.personalInfo()),
                first.membershipNumber() != null ? first.membershipNumber() : next.membershipNumber(),
                first.membershipDate() != null ? first.membershipDate() : next.membershipDate());
    }

    private static String reason(RuntimeException failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "ligne refusée" : message.length() > 300 ? message.substring(0, 300) : message;
    }

    private static String nameUuid(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
