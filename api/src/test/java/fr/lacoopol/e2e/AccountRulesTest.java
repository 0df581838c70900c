package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The rules around an account: avatars, password strength, throttling, and how refusals read. */
class AccountRulesTest extends ApiTestSupport {

    @Test
    void anAvatarIsStoredReencodedToFit450By450AndAnythingElseIsRefused() throws Exception {
        String albin = newMember(newSection("Avatars", "75105"), "Albane", "Portrait").token();
        BufferedImage wide = new BufferedImage(1800, 900, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(wide, "jpeg", jpeg);

        Answer uploaded = upload(albin, "photo.png", jpeg.toByteArray());
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(202);
        String avatarUrl = uploaded.text("avatarUrl");
        // The picture is served once the profile names it (to whoever may see the profile).
        await("the avatar on the profile", () -> avatarUrl.equals(get("/api/me", albin).text("avatarUrl")));
        HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(
                builder(avatarUrl, albin).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.headers().firstValue("Content-Type")).contains("image/png");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(file.body()));
        assertThat(stored.getWidth()).isEqualTo(450);
        assertThat(stored.getHeight()).isEqualTo(225);

        Answer notAnImage = upload(albin, "image.png", "<?php echo 'non'; ?>".getBytes(StandardCharsets.UTF_8));
        assertThat(notAnImage.status()).isEqualTo(422);
        assertThat(notAnImage.body().path("code").asText()).isEqualTo("not_an_image");
    }

    @Test
    void everyRefusalIsAProblemWithAStableCodeEvenThoseSpringMvcRaisesItself() {
        String albin = tokenOf(demo("albin.trois"));
        Answer invalid = post("/api/conversations", albin, Map.of());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("code")).isEqualTo("validation_failed");
        assertThat(invalid.body().path("errors").findValuesAsText("field")).contains("recipientIds", "subject", "body");
        Answer unreadable = send(builder("/api/auth/login", null).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{pas du json")));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.text("code")).isEqualTo("malformed_request");
        Answer badParameter = get("/api/me/conversations?page=premiere", albin);
        assertThat(badParameter.status()).isEqualTo(400);
        assertThat(badParameter.text("code")).isEqualTo("validation_failed");
        assertThat(badParameter.body().at("/errors/0/field").asText()).isEqualTo("page");
        Answer wrongMethod = send(builder("/api/me/alerts", albin).DELETE());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.text("code")).isEqualTo("method_not_allowed");
    }

    @Test
    void theStrengthScoreGoesFromZeroToFour() {
        Answer weak = post("/api/auth/password-strength", null, Map.of("password", "azerty"));
        Answer strong = post("/api/auth/password-strength", null, Map.of("password", "Cinq moutons violets dansent au Pré-Saint-Gervais"));
        assertThat(weak.body().path("score").asInt()).isLessThanOrEqualTo(1);
        assertThat(weak.body().path("acceptable").asBoolean()).isFalse();
        assertThat(strong.body().path("score").asInt()).isEqualTo(4);
        assertThat(strong.body().path("acceptable").asBoolean()).isTrue();
    }

    @Test
    void loginsAreThrottledPerAddressAndFailuresNeverSayWhy() {
        String email = "inconnu-" + UUID.randomUUID() + "@exemple.fr";
        for (int i = 0; i < 10; i++) {
            Answer refused = post("/api/auth/login", null, Map.of("email", email, "password", "mauvais mot de passe"));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().path("code").asText()).isEqualTo("invalid_credentials");
        }
        Answer throttled = post("/api/auth/login", null, Map.of("email", email, "password", "mauvais mot de passe"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body().path("code").asText()).isEqualTo("too_many_attempts");

        Answer wrongPassword = post("/api/auth/login", null, Map.of("email", demo("albin.trois"), "password", "pas le bon"));
        assertThat(wrongPassword.body().path("detail").asText())
                .isEqualTo("adresse e-mail ou mot de passe incorrect");
    }

    @Test
    void refusalsAreProblemDocumentsWithAStableCodeAndTheFieldsAtFault() {
        Answer anonymous = get("/api/me", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().path("code").asText()).isEqualTo("unauthenticated");

        Answer invalid = put("/api/me/coordinates", tokenOf(demo("albin.trois")), Map.of("postalCode", "<script>"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("code").asText()).isEqualTo("validation_failed");
        assertThat(invalid.body().at("/errors/0/field").asText()).isEqualTo("postalCode");

        Answer badLink = post("/api/invitations/forged.token/accept", null,
                Map.of("password", "une phrase de passe", "charterAccepted", true));
        assertThat(badLink.status()).isEqualTo(422);
        assertThat(badLink.body().path("code").asText()).isEqualTo("link_invalid");

        Answer notAdmin = post("/api/federations", tokenOf(demo("sabine.un")), Map.of("name", "X", "departmentCode", "01",
                "referent", Map.of("firstName", "A", "lastName", "B", "email", "a.b@exemple.fr")));
        assertThat(notAdmin.status()).isEqualTo(403);
    }

    private Answer upload(String token, String filename, byte[] bytes) {
        return upload("PUT", "/api/me/avatar", token, filename, bytes);
    }
}
