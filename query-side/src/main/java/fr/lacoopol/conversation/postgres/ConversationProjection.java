package fr.lacoopol.conversation.postgres;

import static fr.lacoopol.readmodel.ReadModelValues.utc;
import static fr.lacoopol.readmodel.jooq.Tables.CONVERSATION;
import static fr.lacoopol.readmodel.jooq.Tables.CONVERSATION_MESSAGE;
import static fr.lacoopol.readmodel.jooq.Tables.CONVERSATION_PARTICIPANT;

import fr.lacoopol.conversation.event.ConversationDeletedForMemberEvent;
import fr.lacoopol.conversation.event.ConversationMarkedEvent;
import fr.lacoopol.conversation.event.ConversationStartedEvent;
import fr.lacoopol.conversation.event.MessagePostedEvent;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.event.MemberErasedEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep7;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Boxes and conversations (MSG-3): one row per participant says whether the conversation is in their inbox or
 * sent box, how many messages they have not read, whether they deleted it. Idempotent: a message already
 * recorded changes nothing the second time, and marks set final values.
 */
@Component
@ProcessingGroup("conversations")
class ConversationProjection {

    /** Rows per INSERT: a section's message reaches thousands, and a statement holds at most 32,767 values. */
    private static final int CHUNK = 1_000;

    private final DSLContext db;

    ConversationProjection(DSLContext db) {
        this.db = db;
    }

    /**
     * GDPR-2: what an erased member wrote was encrypted under their key: a replay reads it as erased, and so must the
     * live read model. Their conversations and messages stay (the others' replies, the counts), without their words.
     */
    @EventHandler
    void on(MemberErasedEvent event) {
        String author = event.memberId().value();
        db.update(CONVERSATION).setNull(CONVERSATION.SUBJECT).where(CONVERSATION.AUTHOR_ID.eq(author)).execute();
        db.update(CONVERSATION_MESSAGE).setNull(CONVERSATION_MESSAGE.BODY)
                .where(CONVERSATION_MESSAGE.AUTHOR_ID.eq(author)).execute();
    }

    @EventHandler
    void on(ConversationStartedEvent event, @Timestamp Instant at, @SequenceNumber long position) {
        String id = event.conversationId().value();
        int inserted = db.insertInto(CONVERSATION)
                .set(CONVERSATION.CONVERSATION_ID, id)
                .set(CONVERSATION.AUTHOR_ID, event.authorId().value())
                .set(CONVERSATION.SUBJECT, event.subject())
                .set(CONVERSATION.NO_REPLY, event.noReply())
                .set(CONVERSATION.RECIPIENTS_HIDDEN, event.recipientsHidden())
                .set(CONVERSATION.SECTION_ID, event.sectionId() == null ? null : event.sectionId().value())
                .set(CONVERSATION.PARTICIPANT_COUNT, event.recipientIds().size() + 1)
                .set(CONVERSATION.STARTED_AT, utc(at))
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) return;
        insertMessage(id, event.messageId(), event.authorId(), event.body(), null, at, position);
        OffsetDateTime when = utc(at);
        db.insertInto(CONVERSATION_PARTICIPANT)
                .set(CONVERSATION_PARTICIPANT.CONVERSATION_ID, id)
                .set(CONVERSATION_PARTICIPANT.MEMBER_ID, event.authorId().value())
                .set(CONVERSATION_PARTICIPANT.IN_INBOX, false)
                .set(CONVERSATION_PARTICIPANT.IN_SENT, true)
                .set(CONVERSATION_PARTICIPANT.UNREAD, 0)
                .set(CONVERSATION_PARTICIPANT.DELETED, false)
                .set(CONVERSATION_PARTICIPANT.LAST_MESSAGE_AT, when)
                .execute();
        List<MemberId> recipients = event.recipientIds();
        for (int from = 0; from < recipients.size(); from += CHUNK) {
            InsertValuesStep7<?, String, String, Boolean, Boolean, Integer, Boolean, OffsetDateTime> insert =
                    db.insertInto(CONVERSATION_PARTICIPANT, CONVERSATION_PARTICIPANT.CONVERSATION_ID,
                            CONVERSATION_PARTICIPANT.MEMBER_ID, CONVERSATION_PARTICIPANT.IN_INBOX,
                            CONVERSATION_PARTICIPANT.IN_SENT, CONVERSATION_PARTICIPANT.UNREAD,
                            CONVERSATION_PARTICIPANT.DELETED, CONVERSATION_PARTICIPANT.LAST_MESSAGE_AT);
            for (MemberId recipient : recipients.subList(from, Math.min(recipients.size(), from + CHUNK))) {
                insert = insert.values(id, recipient.value(), true, false, 1, false, when);
            }
            insert.onConflictDoNothing().execute();
        }
    }

    @EventHandler
    void on(MessagePostedEvent event, @Timestamp Instant at, @SequenceNumber long position) {
        String id = event.conversationId().value();
        String privateTo = event.toEveryone() ? null : event.authorId().value();
        if (insertMessage(id, event.messageId(), event.authorId(), event.body(), privateTo, at, position) == 0) return;
        OffsetDateTime when = utc(at);
        db.update(CONVERSATION_PARTICIPANT)
                .set(CONVERSATION_PARTICIPANT.IN_SENT, true)
                .set(CONVERSATION_PARTICIPANT.DELETED, false)
                .set(CONVERSATION_PARTICIPANT.LAST_MESSAGE_AT, when)
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(id))
                .and(CONVERSATION_PARTICIPANT.MEMBER_ID.eq(event.authorId().value()))
                .execute();
        String[] recipients = event.recipientIds().stream().map(MemberId::value).toArray(String[]::new);
        // A new message brings a deleted conversation back into the recipient's inbox.
        db.update(CONVERSATION_PARTICIPANT)
                .set(CONVERSATION_PARTICIPANT.IN_INBOX, true)
                .set(CONVERSATION_PARTICIPANT.DELETED, false)
                .set(CONVERSATION_PARTICIPANT.UNREAD, CONVERSATION_PARTICIPANT.UNREAD.plus(1))
                .set(CONVERSATION_PARTICIPANT.LAST_MESSAGE_AT, when)
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(id))
                .and(CONVERSATION_PARTICIPANT.MEMBER_ID.eq(DSL.any(recipients)))
                .execute();
    }

    @EventHandler
    void on(ConversationMarkedEvent event) {
        db.update(CONVERSATION_PARTICIPANT)
                .set(CONVERSATION_PARTICIPANT.UNREAD, event.read() ? DSL.inline(0)
                        : DSL.greatest(CONVERSATION_PARTICIPANT.UNREAD, DSL.inline(1)))
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(event.conversationId().value()))
                .and(CONVERSATION_PARTICIPANT.MEMBER_ID.eq(event.memberId().value()))
                .execute();
    }

    @EventHandler
    void on(ConversationDeletedForMemberEvent event) {
        db.update(CONVERSATION_PARTICIPANT)
                .set(CONVERSATION_PARTICIPANT.DELETED, true)
                .set(CONVERSATION_PARTICIPANT.UNREAD, 0)
                .where(CONVERSATION_PARTICIPANT.CONVERSATION_ID.eq(event.conversationId().value()))
                .and(CONVERSATION_PARTICIPANT.MEMBER_ID.eq(event.memberId().value()))
                .execute();
    }

    @ResetHandler
    void reset() {
        db.truncate(CONVERSATION_MESSAGE).execute();
        db.truncate(CONVERSATION_PARTICIPANT).execute();
        db.truncate(CONVERSATION).execute();
    }

    private int insertMessage(String conversationId, String messageId, MemberId author, String body, String privateTo,
                              Instant at, long position) {
        return db.insertInto(CONVERSATION_MESSAGE)
                .set(CONVERSATION_MESSAGE.MESSAGE_ID, messageId)
                .set(CONVERSATION_MESSAGE.CONVERSATION_ID, conversationId)
                .set(CONVERSATION_MESSAGE.AUTHOR_ID, author.value())
                .set(CONVERSATION_MESSAGE.BODY, body)
                .set(CONVERSATION_MESSAGE.PRIVATE_TO, privateTo)
                .set(CONVERSATION_MESSAGE.SENT_AT, utc(at))
                .set(CONVERSATION_MESSAGE.POSITION, position)
                .onConflictDoNothing()
                .execute();
    }
}
