package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint the OpenAPI description lists (so a new one joins by itself), called on section Solferino's
 * people and things by those who must learn nothing of them: nobody signed in, a member and a supporter of
 * another section, and that section's secretary. None may answer a 500, anonymous callers get 401 from
 * everything that is not public, and no answer holds any of Solferino's private data: its people's e-mails
 * and phones, its contacts' addresses, or the names of the members who hide their profile from them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointMatrixTest extends ApiTestSupport {

    /** What anybody may call without signing in: the API's public doors. */
    private static final Set<String> PUBLIC = Set.of(
            "POST /api/auth/login", "POST /api/auth/logout", "POST /api/auth/password-reset-requests",
            "POST /api/auth/password-resets", "POST /api/auth/password-strength", "POST /api/invitations/{token}/accept",
            "POST /api/me/email-confirmations", "POST /api/pre-registrations", "POST /api/contact-unsubscriptions/{token}",
            "GET /api/charter", "GET /api/calendar/{secret}.ics");
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z0-9]+)}");

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Set<String> secrets = new LinkedHashSet<>();
    private final Map<String, String> callers = new LinkedHashMap<>();

    @BeforeAll
    void solferinoAndItsOutsiders() {
        String sabine = tokenOf(demo("sabine.un"));
        JsonNode secretary = get("/api/me", sabine).body();
        String solferino = secretary.path("sectionId").asText();
        ids.put("sectionId", solferino);
        ids.put("federationId", get("/api/sections/" + solferino, sabine).text("federationId"));
        for (JsonNode person : get("/api/sections/" + solferino + "/members?size=100", sabine).body().path("items")) {
            addSecret(person.path("email").asText(null));
            addSecret(person.path("phone").asText(null));
            boolean shownToAll = "EVERYONE".equals(person.path("visibility").asText())
                    || person.path("memberId").asText().equals(secretary.path("memberId").asText());
            if (!shownToAll) {
                secrets.add("\"" + person.path("lastName").asText() + "\"");
            }
            if ("Quatre".equals(person.path("lastName").asText())) ids.put("memberId", person.path("memberId").asText());
        }
        assertThat(secrets).as("Solferino's private data, read by its secretary").hasSizeGreaterThan(8);
        for (JsonNode contact : get("/api/sections/" + solferino + "/contacts", sabine).body().path("items")) {
            addSecret(contact.path("email").asText(null));
        }
        JsonNode groups = get("/api/sections/" + solferino + "/lists", sabine).body();
        ids.put("listId", groups.at("/lists/0/id").asText(UUID.randomUUID().toString()));
        ids.put("zoneId", groups.at("/zones/0/id").asText(UUID.randomUUID().toString()));
        ids.put("requestId", get("/api/sections/" + solferino + "/requests", sabine).body()
                .at("/items/0/requestId").asText(UUID.randomUUID().toString()));
        ids.put("contactId", get("/api/sections/" + solferino + "/contacts", sabine).body()
                .at("/items/0/contactId").asText(UUID.randomUUID().toString()));
        ids.put("conversationId", get("/api/me/conversations?box=inbox", tokenOf(demo("albin.trois"))).body()
                .at("/items/0/conversationId").asText(UUID.randomUUID().toString()));
        ids.put("id", ids.get("memberId"));
        ids.put("kind", "members");
        ids.put("token", "forged.token");
        ids.put("sha256", "ab".repeat(32));

        TestSection outside = newSection("Matrice", "75116");
        TestMember member = newMember(outside, "Mathilde", "Extérieure");
        String supporterEmail = "soutien-" + unique() + "@exemple.fr";
        String supporter = post("/api/sections/" + outside.id() + "/members", outside.secretary(), Map.of(
                "membershipType", "SUPPORTER", "firstName", "Simon", "lastName", "Sympathisant", "email", supporterEmail)).text("id");
        post("/api/sections/" + outside.id() + "/invitations", outside.secretary(), Map.of("memberIds", List.of(supporter)));
        callers.put("a member of another section", member.token());
        callers.put("a supporter of another section", join(supporterEmail));
        callers.put("another section's secretary", outside.secretary());
    }

    @Test
    void noEndpointAnswersWithDataItShouldNot() {
        JsonNode paths = get("/v3/api-docs", null).body().path("paths");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                String endpoint = method + " " + path.getKey();
                String uri = resolve(path.getKey());

                Answer anonymous = call(method, uri, null);
                calls++;
                if (anonymous.status() >= 500) failures.add(endpoint + " anonymous: " + anonymous.status());
                if (!PUBLIC.contains(endpoint) && anonymous.status() != 401) {
                    failures.add(endpoint + " anonymous: " + anonymous.status() + " instead of 401");
                }
                if (endpoint.equals("POST /api/auth/logout")) continue; // it would end the callers' sessions
                for (Map.Entry<String, String> caller : callers.entrySet()) {
                    Answer answer = call(method, uri, caller.getValue());
                    calls++;
                    if (answer.status() >= 500) failures.add(endpoint + " as " + caller.getKey() + ": " + answer.status());
                    for (String secret : secrets) {
                        if (answer.raw() != null && answer.raw().contains(secret)) {
                            failures.add(endpoint + " as " + caller.getKey() + " shows " + secret);
                        }
                    }
                }
            }
        }
        assertThat(calls).as("endpoints called").isGreaterThan(150);
        assertThat(failures).isEmpty();
    }

    private Answer call(String method, String uri, String token) {
        HttpRequest.Builder request = builder(uri, token);
        if (method.equals("GET")) return send(request.GET());
        return send(request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}")));
    }

    /** The path with Solferino's ids in its variables. */
    private String resolve(String template) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(uri, ids.getOrDefault(matcher.group(1), UUID.randomUUID().toString()));
        }
        matcher.appendTail(uri);
        return uri.toString();
    }

    private void addSecret(String value) {
        if (value != null && !value.isBlank()) secrets.add(value);
    }
}
