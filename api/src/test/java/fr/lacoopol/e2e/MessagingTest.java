package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Messaging over HTTP (MSG-1 to MSG-7, LST-3): discussions, broadcasts, boxes and their counts, a section
 * writing to its members, a zone's manager writing to the zone without learning who is in it (P6), and the
 * e-mails that follow, read over IMAP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessagingTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private TestSection section;
    private TestMember lea;
    private TestMember noe;
    private TestMember ines;
    private TestMember outsider;

    @BeforeAll
    void aSectionWithMembers() {
        section = newSection("Oberkampf messagerie", "75011");
        lea = newMember(section, "Léa", "Messagère");
        noe = newMember(section, "Noé", "Messager");
        ines = newMember(section, "Inès", "Silencieuse");
        outsider = newMember(newSection("Voltaire messagerie", "75011"), "Oscar", "Dehors");
        // Inès wants no e-mail for new messages.
        assertThat(put("/api/me/notifications", ines.token(),
                Map.of("newMessage", false, "wallPost", true, "coopainRequest", true)).status()).isEqualTo(202);
    }

    @Test
    void aDiscussionRepliesToAllWithBoxesUnreadCountsAndDeleteForMe() {
        String subject = "Collage " + unique();
        Answer started = post("/api/conversations", lea.token(), Map.of("recipientIds", List.of(noe.id(), ines.id()),
                "subject", subject, "body", "Qui vient coller samedi ?", "noReply", false));
        assertThat(started.status()).as(started.raw()).isEqualTo(201);
        String id = started.text("conversationId");

        JsonNode noeInbox = awaitInbox(noe, subject);
        assertThat(noeInbox.path("unread").asInt()).isEqualTo(1);
        assertThat(names(noeInbox.path("participants"))).containsExactlyInAnyOrder("Léa Messagère", "Inès Silencieuse");
        assertThat(get("/api/me/alerts", noe.token()).body().path("unreadMessages").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(sent(lea, subject).path("unread").asInt()).isZero();

        // A reply goes to everyone, Léa included; messages in order.
        assertThat(post("/api/conversations/" + id + "/messages", noe.token(), Map.of("body", "Moi !")).status()).isEqualTo(201);
        JsonNode leaInbox = awaitInbox(lea, subject);
        assertThat(leaInbox.path("unread").asInt()).isEqualTo(1);
        JsonNode conversation = await("Inès sees the reply", () -> {
            JsonNode body = get("/api/conversations/" + id, ines.token()).body();
            return body.path("messages").size() == 2 ? body : null;
        });
        assertThat(conversation.at("/messages/0/body").asText()).isEqualTo("Qui vient coller samedi ?");
        assertThat(conversation.at("/messages/1/author/firstName").asText()).isEqualTo("Noé");
        assertThat(conversation.path("mayReply").asBoolean()).isTrue();
        assertThat(conversation.path("unread").asInt()).isEqualTo(2);
        assertThat(conversation.toString()).doesNotContain(lea.email()).doesNotContain(noe.email());

        // MSG-4: read, unread, delete for me; a new message brings it back.
        assertThat(post("/api/me/conversations/read", ines.token(), Map.of("conversationIds", List.of(id))).status()).isEqualTo(204);
        await("read", () -> inbox(ines, subject) != null && inbox(ines, subject).path("unread").asInt() == 0);
        assertThat(post("/api/me/conversations/unread", ines.token(), Map.of("conversationIds", List.of(id))).status()).isEqualTo(204);
        await("unread again", () -> inbox(ines, subject) != null && inbox(ines, subject).path("unread").asInt() == 1);
        assertThat(post("/api/me/conversations/delete", ines.token(), Map.of("conversationIds", List.of(id))).status()).isEqualTo(204);
        await("deleted for Inès", () -> inbox(ines, subject) == null);
        assertThat(inbox(noe, subject)).as("Noé keeps it").isNotNull();
        assertThat(post("/api/conversations/" + id + "/messages", lea.token(), Map.of("body", "Rendez-vous à 10h")).status())
                .isEqualTo(201);
        awaitInbox(ines, subject);

        // MSG-7: Noé's switch is on: an e-mail naming Léa, without her address; Inès's is off: none.
        Mail mail = awaitMail(noe.email(), subject);
        assertThat(mail.from()).contains("Léa Messagère").doesNotContain(lea.email());
        assertThat(mail.body()).contains("Qui vient coller samedi ?").doesNotContain(lea.email());
        assertThat(mail.to()).containsExactly(noe.email());
        assertThat(mailbox(ines.email())).noneMatch(m -> m.subject().contains(subject));
    }

    @Test
    void aBroadcastIsReadButNotAnsweredAndItsRecipientsDoNotSeeEachOther() {
        String subject = "Diffusion " + unique();
        String id = post("/api/conversations", lea.token(), Map.of("recipientIds", List.of(noe.id(), ines.id()),
                "subject", subject, "body", "Tractage dimanche 9h", "noReply", true)).text("conversationId");
        JsonNode inNoeInbox = awaitInbox(noe, subject);
        assertThat(names(inNoeInbox.path("participants"))).containsExactly("Léa Messagère");
        assertThat(inNoeInbox.path("noReply").asBoolean()).isTrue();
        JsonNode seenByNoe = get("/api/conversations/" + id, noe.token()).body();
        assertThat(seenByNoe.path("mayReply").asBoolean()).isFalse();
        assertThat(seenByNoe.toString()).doesNotContain(ines.id());
        Answer reply = post("/api/conversations/" + id + "/messages", noe.token(), Map.of("body", "OK"));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("conversation_no_reply");
        assertThat(reply.text("detail")).contains("liste de diffusion");
    }

    @Test
    void nobodyReadsOrWritesIntoAConversationTheyAreNotInNorWritesToAMemberTheyMayNotSee() {
        String subject = "Privé " + unique();
        String id = post("/api/conversations", lea.token(), Map.of("recipientIds", List.of(noe.id()),
                "subject", subject, "body", "Entre nous", "noReply", false)).text("conversationId");
        awaitInbox(noe, subject);
        for (String token : List.of(ines.token(), outsider.token(), section.secretary())) {
            assertThat(get("/api/conversations/" + id, token).status()).isEqualTo(404);
            assertThat(post("/api/conversations/" + id + "/messages", token, Map.of("body", "Je m'invite")).status()).isEqualTo(404);
            assertThat(post("/api/me/conversations/read", token, Map.of("conversationIds", List.of(id))).status()).isEqualTo(404);
        }
        assertThat(get("/api/conversations/" + id, null).status()).isEqualTo(401);
        assertThat(inbox(ines, subject)).isNull();
        // Oscar, of another section, keeps NETWORK: Léa may not write to him; anybody may write to a secretary.
        Answer hidden = post("/api/conversations", lea.token(), Map.of("recipientIds", List.of(outsider.id()),
                "subject", "Bonjour", "body", "Tu es là ?", "noReply", false));
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.raw()).contains("recipientIds");
        assertThat(post("/api/conversations", outsider.token(), Map.of("recipientIds", List.of(section.secretaryId()),
                "subject", "Question", "body", "Puis-je venir à votre réunion ?", "noReply", false)).status()).isEqualTo(201);
    }

    @Test
    void aSecretaryWritesToAListAndAZoneManagerToTheZoneLearningOnlyHowManyItReached() {
        String listId = post("/api/sections/" + section.id() + "/lists", section.secretary(), Map.of("name", "Colleurs"))
                .text("id");
        post("/api/sections/" + section.id() + "/lists/" + listId + "/members", section.secretary(),
                Map.of("memberIds", List.of(noe.id(), ines.id())));
        String zoneId = post("/api/sections/" + section.id() + "/zones", section.secretary(), Map.of("name", "Oberkampf nord",
                "managerId", lea.id())).text("id");
        post("/api/sections/" + section.id() + "/zones/" + zoneId + "/members", section.secretary(),
                Map.of("memberIds", List.of(lea.id(), noe.id(), ines.id())));
        String messages = "/api/sections/" + section.id() + "/messages";
        String roster = "/api/sections/" + section.id() + "/members";
        await("the list and the zone filled", () ->
                get(roster + "?list=" + listId, section.secretary()).body().path("total").asInt() == 2
                        && get(roster + "?zone=" + zoneId, section.secretary()).body().path("total").asInt() == 3);

        String toList = "Liste " + unique();
        Answer sentToList = post(messages, section.secretary(), Map.of("listId", listId, "subject", toList,
                "body", "Collage jeudi", "noReply", false));
        assertThat(sentToList.status()).as(sentToList.raw()).isEqualTo(201);
        assertThat(sentToList.body().path("recipients").asInt()).isEqualTo(2);
        JsonNode inNoeInbox = awaitInbox(noe, toList);
        assertThat(names(inNoeInbox.path("participants"))).containsExactly("Sam Secrétaire");
        // A recipient's reply reaches the author only.
        String conversation = sentToList.text("conversationId");
        assertThat(post("/api/conversations/" + conversation + "/messages", noe.token(), Map.of("body", "Présent")).status())
                .isEqualTo(201);
        await("the secretary reads Noé's reply", () -> get("/api/conversations/" + conversation, section.secretary())
                .body().path("messages").size() == 2);
        assertThat(get("/api/conversations/" + conversation, ines.token()).body().path("messages").size()).isEqualTo(1);

        // LST-3, P6: Léa manages the zone; she writes to it and learns a number, never names.
        String toZone = "Zone " + unique();
        Answer sentToZone = post(messages, lea.token(), Map.of("zoneId", zoneId, "subject", toZone, "body", "Marché samedi",
                "noReply", true));
        assertThat(sentToZone.status()).as(sentToZone.raw()).isEqualTo(201);
        assertThat(sentToZone.body().path("recipients").asInt()).isEqualTo(2);
        assertThat(sentToZone.body().fieldNames()).toIterable().containsExactlyInAnyOrder("conversationId", "recipients");
        JsonNode leasCopy = await("Léa's sent box", () -> sent(lea, toZone));
        assertThat(leasCopy.path("participants").size()).isZero();
        JsonNode leasView = get("/api/conversations/" + sentToZone.text("conversationId"), lea.token()).body();
        assertThat(leasView.path("participants").size()).isZero();
        assertThat(leasView.toString()).doesNotContain(noe.id()).doesNotContain(ines.id());
        JsonNode inInesInbox = awaitInbox(ines, toZone);
        assertThat(names(inInesInbox.path("participants"))).containsExactly("Léa Messagère");
        // The zone's composition stays closed to her; other audiences are the secretaries'.
        assertThat(get("/api/sections/" + section.id() + "/members?zone=" + zoneId, lea.token()).status()).isEqualTo(404);
        for (Map<String, Object> audience : List.<Map<String, Object>>of(Map.of("listId", listId), Map.of("everyone", true),
                Map.of("memberIds", List.of(noe.id())))) {
            Map<String, Object> request = new java.util.HashMap<>(audience);
            request.putAll(Map.of("subject", "x", "body", "y", "noReply", false));
            assertThat(post(messages, lea.token(), request).status()).as(audience.toString()).isEqualTo(404);
        }
        assertThat(post(messages, noe.token(), Map.of("zoneId", zoneId, "subject", "x", "body", "y")).status()).isEqualTo(404);
        assertThat(post(messages, outsider.token(), Map.of("everyone", true, "subject", "x", "body", "y")).status())
                .isEqualTo(404);
        assertThat(post(messages, null, Map.of("everyone", true, "subject", "x", "body", "y")).status()).isEqualTo(401);
        assertThat(post(messages, section.secretary(), Map.of("listId", listId, "everyone", true, "subject", "x",
                "body", "y")).status()).isEqualTo(400);

        // The whole section: every active member but the author.
        Answer everyone = post(messages, section.secretary(), Map.of("everyone", true, "subject", "AG " + unique(),
                "body", "Assemblée générale samedi", "noReply", true));
        assertThat(everyone.body().path("recipients").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aConversationMarkedOverAndOverIsSnapshottedAndStillAnswers() {
        String subject = "Instantané " + unique();
        String id = post("/api/conversations", lea.token(), Map.of("recipientIds", List.of(noe.id()),
                "subject", subject, "body", "Lu, non lu, lu…", "noReply", false)).text("conversationId");
        for (int i = 0; i < 120; i++) {
            String mark = i % 2 == 0 ? "read" : "unread";
            assertThat(post("/api/me/conversations/" + mark, noe.token(), Map.of("conversationIds", List.of(id))).status())
                    .isEqualTo(204);
        }
        await("a snapshot of the conversation", () -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class, id) > 0);
        // Loaded from the snapshot, the aggregate still knows its participants and its rules.
        assertThat(post("/api/conversations/" + id + "/messages", noe.token(), Map.of("body", "Toujours là")).status())
                .isEqualTo(201);
        assertThat(post("/api/conversations/" + id + "/messages", outsider.token(), Map.of("body", "Moi ?")).status())
                .isEqualTo(404);
        await("the reply in Léa's inbox", () -> inbox(lea, subject) != null);
    }

    private JsonNode awaitInbox(TestMember member, String subject) {
        return await(subject + " in the inbox of " + member.email(), () -> inbox(member, subject));
    }

    private JsonNode inbox(TestMember member, String subject) {
        return find(get("/api/me/conversations?box=inbox&size=100", member.token()).body().path("items"), subject);
    }

    private JsonNode sent(TestMember member, String subject) {
        return find(get("/api/me/conversations?box=sent&size=100", member.token()).body().path("items"), subject);
    }

    private static JsonNode find(JsonNode items, String subject) {
        for (JsonNode item : items) if (subject.equals(item.path("subject").asText())) return item;
        return null;
    }

    private static List<String> names(JsonNode participants) {
        List<String> names = new ArrayList<>();
        participants.forEach(p -> names.add(p.path("firstName").asText() + " " + p.path("lastName").asText()));
        return names;
    }
}
