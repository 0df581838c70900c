package fr.lacoopol.activity.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.agenda.Answer;
import fr.lacoopol.agenda.event.AnswerGivenEvent;
import fr.lacoopol.coopain.event.CoopainRequestAcceptedEvent;
import fr.lacoopol.group.event.GroupJoinedEvent;
import fr.lacoopol.ids.CoopainshipId;
import fr.lacoopol.ids.EventId;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import fr.lacoopol.member.MemberStatus;
import fr.lacoopol.member.event.StatusChangedEvent;
import fr.lacoopol.post.PostContent;
import fr.lacoopol.post.PostType;
import fr.lacoopol.post.Publication;
import fr.lacoopol.post.event.PostDeletedEvent;
import fr.lacoopol.post.event.PostPublishedEvent;
import fr.lacoopol.readmodel.ReadModelTests;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The activity projection on the real PostgreSQL: every event applied twice leaves the same rows. */
class ActivityProjectionTest {

    private final DSLContext db = ReadModelTests.db();
    private final ActivityProjection projection = new ActivityProjection(db);

    @Test
    void eachEventAppliedTwiceLeavesTheSameRows() {
        MemberId alice = MemberId.random();
        MemberId bruno = MemberId.random();
        PostId post = PostId.random();
        PostPublishedEvent published = linkPublished(post, alice);
        CoopainRequestAcceptedEvent coopains = new CoopainRequestAcceptedEvent(CoopainshipId.between(alice, bruno), alice,
                bruno);
        GroupJoinedEvent joined = new GroupJoinedEvent(GroupId.random(), alice, null);
        AnswerGivenEvent maybe = new AnswerGivenEvent(EventId.random(), alice, Answer.MAYBE, null, false, true);
        AnswerGivenEvent no = new AnswerGivenEvent(EventId.random(), alice, Answer.NO, null, false, true);
        EventMessage<?> publishedMessage = GenericEventMessage.asEventMessage(published);
        EventMessage<?> coopainsMessage = GenericEventMessage.asEventMessage(coopains);
        EventMessage<?> joinedMessage = GenericEventMessage.asEventMessage(joined);
        EventMessage<?> maybeMessage = GenericEventMessage.asEventMessage(maybe);
        EventMessage<?> noMessage = GenericEventMessage.asEventMessage(no);
        List<Runnable> events = List.of(
                () -> projection.on(published, publishedMessage),
                () -> projection.on(coopains, coopainsMessage),
                () -> projection.on(joined, joinedMessage),
                () -> projection.on(maybe, maybeMessage),
                () -> projection.on(no, noMessage));
        for (Runnable event : events) {
            event.run();
            String once = rows(alice, bruno);
            event.run();
            assertThat(rows(alice, bruno)).isEqualTo(once);
        }
        assertThat(kinds(alice)).containsExactlyInAnyOrder("POSTED", "BECAME_COOPAINS", "JOINED_GROUP", "ANSWERED_EVENT");
        assertThat(kinds(bruno)).containsExactly("BECAME_COOPAINS");
        projection.on(new PostDeletedEvent(post, alice));
        assertThat(kinds(alice)).as("a deleted post leaves the activity").doesNotContain("POSTED");
    }

    @Test
    void aBatchsRowsAreWrittenAtItsEndInTheOrderOfItsEvents() {
        MemberId alice = MemberId.random();
        MemberId bruno = MemberId.random();
        PostId post = PostId.random();
        PostPublishedEvent published = linkPublished(post, alice);
        EventMessage<?> publishedMessage = GenericEventMessage.asEventMessage(published);
        StatusChangedEvent aliceStatus = new StatusChangedEvent(alice, new MemberStatus("en tractage", null));
        StatusChangedEvent brunoStatus = new StatusChangedEvent(bruno, new MemberStatus("en réunion", null));

        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(publishedMessage);
        projection.on(published, publishedMessage);
        projection.on(aliceStatus, GenericEventMessage.asEventMessage(aliceStatus));
        projection.on(brunoStatus, GenericEventMessage.asEventMessage(brunoStatus));
        projection.on(new PostDeletedEvent(post, alice));
        assertThat(kinds(alice)).as("nothing written before the batch's end").isEmpty();
        batch.commit();

        assertThat(kinds(alice)).as("the post published then deleted in the batch is gone").containsExactly("CHANGED_STATUS");
        assertThat(kinds(bruno)).containsExactly("CHANGED_STATUS");
        assertThat(db.fetchValue("SELECT status_text FROM read_model_query_tests.activity WHERE member_id = ?",
                bruno.value())).isEqualTo("en réunion");
    }

    /** A public link posted on the author's own wall. */
    private static PostPublishedEvent linkPublished(PostId post, MemberId author) {
        return new PostPublishedEvent(post, author, null, null, new PostContent(PostType.LINK, "Lien", null, List.of(),
                "https://a.fr", null, null, null), new Publication(true, false, List.of()));
    }

    private String rows(MemberId... members) {
        return db.fetch("SELECT * FROM read_model_query_tests.activity WHERE member_id IN (?, ?) ORDER BY activity_id",
                members[0].value(), members[1].value()).intoMaps().toString();
    }

    private List<String> kinds(MemberId member) {
        return db.fetch("SELECT kind FROM read_model_query_tests.activity WHERE member_id = ?", member.value())
                .getValues(0, String.class);
    }
}
