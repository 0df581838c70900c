package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON answers leave whole, with their length: not in chunks (SizedJsonConverter). */
class JsonAnswersTest extends ApiTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aJsonAnswerAndAProblemCarryTheirLengthAndAreNotChunked() throws Exception {
        String token = tokenOf(demo("sabine.un"));
        HttpResponse<String> profile = http.send(builder("/api/me", token).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = http.send(builder("/api/members/personne", token).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> answer : List.of(profile, missing)) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("json");
            assertThat(answer.headers().firstValue("Transfer-Encoding")).as(answer.uri().getPath()).isEmpty();
            assertThat(answer.headers().firstValueAsLong("Content-Length")).as(answer.uri().getPath())
                    .hasValue((long) answer.body().getBytes(StandardCharsets.UTF_8).length);
        }
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("\"sectionId\"");
        assertThat(missing.statusCode()).isEqualTo(404);
    }
}
