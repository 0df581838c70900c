package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MOD-2: "contacter l'équipe d'animation" — kept for the moderators and e-mailed to the team, never the address. */
class TeamMessageTest extends ApiTestSupport {

    @Test
    void aMemberWritesToTheTeamWhichReadsItByEmailAndInTheApiWithoutTheMembersAddress() {
        TestSection section = newSection("Section Animation " + unique(), "75131");
        TestMember member = newMember(section, "Téo", "Question");
        String subject = "Une question " + unique();
        Answer sent = post("/api/team-messages", member.token(), Map.of("subject", subject,
                "body", "Comment créer un groupe ?"));
        assertThat(sent.status()).as(sent.raw()).isEqualTo(202);

        Mail mail = awaitMail("equipe-animation@lacoopol.fr", subject);
        assertThat(mail.body()).contains("Téo Question", member.id(), "Comment créer un groupe ?")
                .doesNotContain(member.email());

        String admin = login("admin@demo.lacoopol.fr", DEMO_PASSWORD);
        JsonNode received = get("/api/admin/team-messages", admin).body().path("items");
        assertThat(received.findValuesAsText("subject")).contains(subject);
        assertThat(received.findValuesAsText("memberId")).contains(member.id());

        assertThat(get("/api/admin/team-messages", member.token()).status()).isEqualTo(403);
        assertThat(post("/api/team-messages", member.token(), Map.of("subject", " ", "body", "x")).status()).isEqualTo(400);
        assertThat(post("/api/team-messages", null, Map.of("subject", "s", "body", "x")).status()).isEqualTo(401);
    }
}
