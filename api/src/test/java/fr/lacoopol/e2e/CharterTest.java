package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.command.AcceptCharterCommand;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** MOD-2 and GDPR-3: the charter's versions a member accepted, with their dates, and re-acceptance when it changes. */
class CharterTest extends ApiTestSupport {

    @Autowired
    CommandGateway commands;

    @Test
    void aMemberIsAskedToAcceptTheCharterAgainWhenTheVersionInForceIsNotTheLastTheyAccepted() {
        TestSection section = newSection("Section Charte " + unique(), "75130");
        TestMember member = newMember(section, "Clémence", "Charte");
        String inForce = get("/api/charter", member.token()).text("version");

        JsonNode joined = get("/api/me/charter", member.token()).body();
        assertThat(joined.path("version").asText()).isEqualTo(inForce);
        assertThat(joined.path("acceptedVersion").asText()).isEqualTo(inForce);
        assertThat(joined.path("mustAccept").asBoolean()).isFalse();
        assertThat(joined.path("acceptances")).hasSize(1);

        // As if the version in force had changed since: her last acceptance is of another version.
        commands.sendAndWait(new AcceptCharterCommand(new MemberId(member.id()), "2025-09"));
        JsonNode outdated = get("/api/me/charter", member.token()).body();
        assertThat(outdated.path("acceptedVersion").asText()).isEqualTo("2025-09");
        assertThat(outdated.path("mustAccept").asBoolean()).isTrue();

        Answer wrong = post("/api/me/charter-acceptances", member.token(), Map.of("version", "2025-09"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body().path("code").asText()).isEqualTo("charter_outdated");
        assertThat(post("/api/me/charter-acceptances", member.token(), Map.of()).status()).isEqualTo(400);
        assertThat(post("/api/me/charter-acceptances", member.token(), Map.of("version", inForce)).status()).isEqualTo(202);
        assertThat(post("/api/me/charter-acceptances", member.token(), Map.of("version", inForce)).status())
                .as("accepted again: nothing more recorded").isEqualTo(202);

        JsonNode accepted = get("/api/me/charter", member.token()).body();
        assertThat(accepted.path("mustAccept").asBoolean()).isFalse();
        assertThat(accepted.path("acceptances")).hasSize(3);
        assertThat(accepted.at("/acceptances/2/version").asText()).isEqualTo(inForce);
        assertThat(accepted.at("/acceptances/2/acceptedAt").asText()).isNotBlank();
        assertThat(get("/api/me/charter", null).status()).isEqualTo(401);
    }
}
