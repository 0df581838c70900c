package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * P1–P5 on every read path (profile, directory), for every kind of viewer: who sees each field, and who must
 * not. The members are the demo's, in section Solferino: Virginie (EVERYONE), Albin (NETWORK), Grégoire
 * (SECRETARY_ONLY); Sabine is their secretary. Victor is a member and Cédric the secretary of Chartres.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyTest extends ApiTestSupport {

    enum Viewer { SELF, SAME_SECTION_MEMBER, OTHER_SECTION_MEMBER, OWN_SECRETARY, OTHER_SECRETARY, ANONYMOUS }

    /** What a viewer may see of one member: the profile at all, and the private fields. */
    enum Sight { NOTHING, PUBLIC_PROFILE, EVERYTHING }

    private static final Map<String, String> PRIVATE_MARKERS = Map.of(
            "mandate", "Mandat secret de ", "responsibility", "Responsabilité de ");

    @BeforeAll
    void giveEveryTargetPoliticalActivities() {
        for (String target : List.of("virginie.deux", "albin.trois", "gregoire.quatre")) {
            Answer answer = put("/api/me/political-activities", tokenOf(demo(target)), Map.of(
                    "localEngagements", "engagement de " + target,
                    "mandates", List.of(Map.of("title", PRIVATE_MARKERS.get("mandate") + target, "domain", "culture")),
                    "partyResponsibilities", List.of(PRIVATE_MARKERS.get("responsibility") + target),
                    "youthMovementMember", true));
            assertThat(answer.status()).isEqualTo(202);
            await("political activities of " + target, () ->
                    get("/api/me", tokenOf(demo(target))).raw().contains(PRIVATE_MARKERS.get("mandate") + target));
        }
    }

    /** The demo members are shared by every test class: they leave as they came. */
    @AfterAll
    void takeThePoliticalActivitiesBack() {
        for (String target : List.of("virginie.deux", "albin.trois", "gregoire.quatre")) {
            assertThat(put("/api/me/political-activities", tokenOf(demo(target)), Map.of("mandates", List.of(),
                    "partyResponsibilities", List.of(), "youthMovementMember", false)).status()).isEqualTo(202);
        }
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                // target, viewer, what the viewer sees
                Arguments.of("virginie.deux", Viewer.SELF, Sight.EVERYTHING),
                Arguments.of("virginie.deux", Viewer.OWN_SECRETARY, Sight.EVERYTHING),
                Arguments.of("virginie.deux", Viewer.SAME_SECTION_MEMBER, Sight.PUBLIC_PROFILE),
                Arguments.of("virginie.deux", Viewer.OTHER_SECTION_MEMBER, Sight.PUBLIC_PROFILE),
                Arguments.of("virginie.deux", Viewer.OTHER_SECRETARY, Sight.PUBLIC_PROFILE),
                Arguments.of("virginie.deux", Viewer.ANONYMOUS, Sight.NOTHING),
                Arguments.of("albin.trois", Viewer.SELF, Sight.EVERYTHING),
                Arguments.of("albin.trois", Viewer.OWN_SECRETARY, Sight.EVERYTHING),
                Arguments.of("albin.trois", Viewer.SAME_SECTION_MEMBER, Sight.PUBLIC_PROFILE),
                Arguments.of("albin.trois", Viewer.OTHER_SECTION_MEMBER, Sight.NOTHING),
                Arguments.of("albin.trois", Viewer.OTHER_SECRETARY, Sight.NOTHING),
                Arguments.of("albin.trois", Viewer.ANONYMOUS, Sight.NOTHING),
                Arguments.of("gregoire.quatre", Viewer.SELF, Sight.EVERYTHING),
                Arguments.of("gregoire.quatre", Viewer.OWN_SECRETARY, Sight.EVERYTHING),
                Arguments.of("gregoire.quatre", Viewer.SAME_SECTION_MEMBER, Sight.NOTHING),
                Arguments.of("gregoire.quatre", Viewer.OTHER_SECTION_MEMBER, Sight.NOTHING),
                Arguments.of("gregoire.quatre", Viewer.OTHER_SECRETARY, Sight.NOTHING),
                Arguments.of("gregoire.quatre", Viewer.ANONYMOUS, Sight.NOTHING));
    }

    @ParameterizedTest(name = "{1} sees {2} of {0}")
    @MethodSource("matrix")
    void profileShowsEachFieldOnlyToWhoMaySeeIt(String target, Viewer viewer, Sight sight) {
        String token = tokenFor(viewer, target);
        String targetId = get("/api/me", tokenOf(demo(target))).text("memberId");
        Answer profile = get("/api/members/" + targetId, token);

        if (sight == Sight.NOTHING) {
            // P5: exactly the answer for a member that does not exist (401 when not logged in at all).
            Answer missing = get("/api/members/no-such-member", token);
            assertThat(profile.status()).isEqualTo(missing.status()).isIn(401, 404);
            assertThat(profile.body().path("code").asText()).isEqualTo(missing.body().path("code").asText());
            assertThat(profile.raw()).doesNotContain(demo(target)).doesNotContain("06 ");
            return;
        }
        assertThat(profile.status()).isEqualTo(200);
        JsonNode body = profile.body();
        // Shown on the profile to whoever sees it (PRO-7): name, city and country.
        assertThat(body.path("lastName").asText()).isNotBlank();
        assertThat(body.path("city").asText()).isEqualTo("Paris");
        assertThat(body.path("country").asText()).isEqualTo("France");

        String raw = profile.raw();
        if (sight == Sight.EVERYTHING) {
            assertThat(body.at("/privateData/email").asText()).isEqualTo(demo(target));                    // P1
            assertThat(body.at("/privateData/coordinates/phone").asText()).startsWith("01 ");              // P2
            assertThat(body.at("/privateData/coordinates/mobile").asText()).startsWith("06 ");
            assertThat(body.at("/privateData/coordinates/address").asText()).contains(" rue ");
            assertThat(body.at("/privateData/coordinates/postalCode").asText()).startsWith("750");
            assertThat(raw).contains(PRIVATE_MARKERS.get("mandate") + target)                                // P3
                    .contains(PRIVATE_MARKERS.get("responsibility") + target);
            assertThat(body.at("/privateData/politicalActivities/youthMovementMember").asBoolean()).isTrue();
            assertThat(body.at("/privateData/visibility").asText()).isNotBlank();                           // P4
            assertThat(body.at("/privateData/notificationSettings").isMissingNode()).isEqualTo(viewer != Viewer.SELF);
        } else {
            assertThat(body.has("privateData")).isFalse();
            assertThat(raw).doesNotContain(demo(target)).doesNotContain("\"06 ").doesNotContain("\"01 ")
                    .doesNotContain("rue ").doesNotContain("75007").doesNotContain("75011")
                    .doesNotContain(PRIVATE_MARKERS.get("mandate")).doesNotContain(PRIVATE_MARKERS.get("responsibility"))
                    .doesNotContain("engagement de").doesNotContain("SECRETARY_ONLY").doesNotContain("NETWORK");
        }
    }

    @ParameterizedTest(name = "{1} finds {0} in the directory: {2}")
    @MethodSource("matrix")
    void directoryListsOnlyWhomTheViewerMaySeeAndNeverTheirPrivateData(String target, Viewer viewer, Sight sight) {
        String token = tokenFor(viewer, target);
        String lastName = target.substring(target.indexOf('.') + 1);
        Answer search = get("/api/members?q=" + lastName, token);
        if (viewer == Viewer.ANONYMOUS) {
            assertThat(search.status()).isEqualTo(401);
            return;
        }
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body().path("total").asInt()).isEqualTo(sight == Sight.NOTHING ? 0 : 1);
        assertThat(search.raw()).doesNotContain("@demo.lacoopol.fr").doesNotContain("\"06 ").doesNotContain("rue ")
                .doesNotContain(PRIVATE_MARKERS.get("mandate"));
    }

    @Test
    void secretariesAreAlwaysVisibleToEveryMember() {
        String sabineId = get("/api/me", tokenOf(demo("sabine.un"))).text("memberId");
        Answer seenFromChartres = get("/api/members/" + sabineId, tokenOf(demo("victor.martin")));
        assertThat(seenFromChartres.status()).isEqualTo(200);
        assertThat(seenFromChartres.body().path("secretary").asBoolean()).isTrue();
        assertThat(seenFromChartres.raw()).doesNotContain("sabine.un@");
    }

    @Test
    void theFederationReferentSeesTheEmailOnlyOfProfilesTheyMaySee() {
        String virginieId = get("/api/me", tokenOf(demo("virginie.deux"))).text("memberId");
        Answer seen = get("/api/members/" + virginieId, tokenOf(demo("camille.referent")));
        assertThat(seen.body().at("/privateData/email").asText()).isEqualTo(demo("virginie.deux"));
        assertThat(seen.body().at("/privateData/coordinates").isMissingNode()).isTrue();
        assertThat(seen.raw()).doesNotContain(PRIVATE_MARKERS.get("mandate"));
    }

    @Test
    void anotherSectionsRosterAnswersAsIfItDidNotExist() {
        String solferino = get("/api/me", tokenOf(demo("sabine.un"))).text("sectionId");
        Answer byOtherSecretary = get("/api/sections/" + solferino + "/members", tokenOf(demo("cedric.cinq")));
        Answer missing = get("/api/sections/no-such-section/members", tokenOf(demo("cedric.cinq")));
        Answer byMember = get("/api/sections/" + solferino + "/members", tokenOf(demo("virginie.deux")));
        assertThat(byOtherSecretary.status()).isEqualTo(404).isEqualTo(missing.status()).isEqualTo(byMember.status());
        assertThat(byOtherSecretary.raw()).doesNotContain("@demo");
        Answer own = get("/api/sections/" + solferino + "/members?q=gregoire", tokenOf(demo("sabine.un")));
        assertThat(own.body().path("items").get(0).path("email").asText()).isEqualTo(demo("gregoire.quatre"));
    }

    private String tokenFor(Viewer viewer, String target) {
        return switch (viewer) {
            case SELF -> tokenOf(demo(target));
            case SAME_SECTION_MEMBER -> tokenOf(demo(target.equals("virginie.deux") ? "albin.trois" : "virginie.deux"));
            case OTHER_SECTION_MEMBER -> tokenOf(demo("victor.martin"));
            case OWN_SECRETARY -> tokenOf(demo("sabine.un"));
            case OTHER_SECRETARY -> tokenOf(demo("cedric.cinq"));
            case ANONYMOUS -> null;
        };
    }
}
