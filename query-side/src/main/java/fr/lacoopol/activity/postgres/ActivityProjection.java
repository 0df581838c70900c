package fr.lacoopol.activity.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.ACTIVITY;

import fr.lacoopol.activity.query.ActivityKind;
import fr.lacoopol.agenda.Answer;
import fr.lacoopol.agenda.event.AnswerGivenEvent;
import fr.lacoopol.coopain.event.CoopainRequestAcceptedEvent;
import fr.lacoopol.group.event.GroupCreatedEvent;
import fr.lacoopol.group.event.GroupJoinedEvent;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.event.MemberMovedEvent;
import fr.lacoopol.member.event.StatusChangedEvent;
import fr.lacoopol.post.event.PostDeletedEvent;
import fr.lacoopol.post.event.PostPublishedEvent;
import fr.lacoopol.readmodel.BatchWrites;
import fr.lacoopol.readmodel.jooq.tables.records.ActivityRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.springframework.stereotype.Component;

/**
 * What members did (DASH-3, PST-6), one row per deed, keyed by the domain event's id: applied twice, kept once. A
 * deleted post takes its row with it. A batch's rows are inserted together at its end ({@link BatchWrites}).
 */
@Component
@ProcessingGroup(ActivityProjection.PROCESSING_GROUP)
class ActivityProjection {

    static final String PROCESSING_GROUP = "activity";

    private final DSLContext db;

    ActivityProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(PostPublishedEvent event, EventMessage<?> message) {
        if (event.wallOwnerId() != null) return; // a message on another's wall is theirs to show
        record(message, event.authorId(), ActivityKind.POSTED, row -> row.setPostId(event.postId().value()));
    }

    @EventHandler
    void on(PostDeletedEvent event) {
        BatchWrites.write(postRow(event.postId().value()),
                db.deleteFrom(ACTIVITY).where(ACTIVITY.POST_ID.eq(event.postId().value())));
    }

    @EventHandler
    void on(CoopainRequestAcceptedEvent event, EventMessage<?> message) {
        record(message, event.askerId(), ActivityKind.BECAME_COOPAINS,
                row -> row.setOtherMemberId(event.recipientId().value()));
        record(message, event.recipientId(), ActivityKind.BECAME_COOPAINS,
                row -> row.setOtherMemberId(event.askerId().value()));
    }

    @EventHandler
    void on(GroupCreatedEvent event, EventMessage<?> message) {
        record(message, event.creatorId(), ActivityKind.JOINED_GROUP, row -> row.setGroupId(event.groupId().value()));
    }

    @EventHandler
    void on(GroupJoinedEvent event, EventMessage<?> message) {
        record(message, event.memberId(), ActivityKind.JOINED_GROUP, row -> row.setGroupId(event.groupId().value()));
    }

    @EventHandler
    void on(MemberMovedEvent event, EventMessage<?> message) {
        if (event.toSection() == null) return;
        record(message, event.memberId(), ActivityKind.JOINED_SECTION, row -> row.setSectionId(event.toSection().value()));
    }

    @EventHandler
    void on(StatusChangedEvent event, EventMessage<?> message) {
        // Erased (GDPR-2) or emptied: nothing to tell.
        if (event.status() == null || event.status().text() == null) return;
        record(message, event.memberId(), ActivityKind.CHANGED_STATUS, row -> row.setStatusText(event.status().text()));
    }

    @EventHandler
    void on(AnswerGivenEvent event, EventMessage<?> message) {
        boolean coming = event.answer() == Answer.YES || event.answer() == Answer.MAYBE;
        if (!coming || event.answer() == event.previousAnswer()) return;
        record(message, event.memberId(), ActivityKind.ANSWERED_EVENT, row -> {
            row.setEventId(event.eventId().value());
            row.setAnswer(event.answer().name());
        });
    }

    @ResetHandler
    void reset() {
        db.truncate(ACTIVITY).execute();
    }

    private void record(EventMessage<?> message, MemberId member, ActivityKind kind, Consumer<ActivityRecord> details) {
        ActivityRecord row = db.newRecord(ACTIVITY);
        row.setActivityId(message.getIdentifier() + ":" + member.value());
        row.setMemberId(member.value());
        row.setKind(kind.name());
        row.setOccurredAt(utc(message.getTimestamp()));
        details.accept(row);
        // A post's row is named by the post, so that its deletion in the same batch comes after it.
        BatchWrites.write(row.getPostId() != null ? postRow(row.getPostId()) : row.getActivityId(), new Insert(db, row));
    }

    private static String postRow(String postId) {
        return "post " + postId;
    }

    /** One deed's row; the batch's rows that set the same columns go to PostgreSQL as one prepared batch. */
    private record Insert(DSLContext db, ActivityRecord row) implements BatchWrites.Foldable {

        @Override
        public Optional<BatchWrites.Foldable> then(BatchWrites.Foldable next) {
            return Optional.empty(); // one deed, one row: nothing to fold
        }

        @Override
        public Object shape() {
            return columns().stream().map(Field::getName).toList();
        }

        @Override
        public Query query() {
            return db.insertInto(ACTIVITY).set(row).onConflictDoNothing();
        }

        @Override
        public List<?> bindValues() {
            List<Object> values = new ArrayList<>();
            for (Field<?> column : columns()) values.add(row.get(column));
            return values;
        }

        /** The columns the row sets, in the table's order: the order the insert names them in. */
        private List<Field<?>> columns() {
            List<Field<?>> set = new ArrayList<>();
            for (Field<?> column : row.fields()) {
                if (row.changed(column)) set.add(column);
            }
            return set;
        }
    }
}
