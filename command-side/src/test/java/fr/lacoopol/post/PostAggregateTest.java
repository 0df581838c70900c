package fr.lacoopol.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.lacoopol.access.Spaces;
import fr.lacoopol.comment.CommentAddedEvent;
import fr.lacoopol.comment.CommentDeletedEvent;
import fr.lacoopol.comment.CommentSubject;
import fr.lacoopol.errors.ForbiddenException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.post.command.CommentPostCommand;
import fr.lacoopol.post.command.DeletePostCommand;
import fr.lacoopol.post.command.DeletePostCommentCommand;
import fr.lacoopol.post.command.PublishPostCommand;
import fr.lacoopol.post.event.PostDeletedEvent;
import fr.lacoopol.post.event.PostPublishedEvent;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostAggregateTest {

    private static final PostId ID = new PostId("p-1");
    private static final MemberId AURORE = new MemberId("m-aurore");
    private static final MemberId WANDA = new MemberId("m-wanda");
    private static final MemberId OCTAVE = new MemberId("m-octave");
    private static final SectionId SECTION = new SectionId("s-1");
    private static final GroupId GROUP = new GroupId("g-1");
    private static final PostContent LINK = new PostContent(PostType.LINK, "Un lien", null, List.of(),
            "https://www.lacoopol.fr/", null, null, null);
    private static final Publication IN_GROUP = new Publication(false, false, List.of(GROUP));
    private static final PostPublishedEvent IN_GROUP_ON_WANDAS_WALL = new PostPublishedEvent(ID, AURORE, SECTION, WANDA,
            LINK, IN_GROUP);

    private FixtureConfiguration<PostAggregate> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(PostAggregate.class);
    }

    @Test
    void aPostInNoSpaceIsPublicAndOnItsAuthorsOwnWall() {
        fixture.givenNoPriorActivity()
                .when(new PublishPostCommand(ID, AURORE, SECTION, AURORE, LINK, new Publication(false, false, null)))
                .expectEvents(new PostPublishedEvent(ID, AURORE, SECTION, null, LINK, new Publication(true, false, List.of())));
    }

    @Test
    void aPostWithoutATitleIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PublishPostCommand(ID, AURORE, SECTION, null, new PostContent(PostType.LINK, " ", null, null,
                        "https://a.fr", null, null, null), IN_GROUP))
                .expectException(InvalidValueException.class)
                .expectNoEvents();
    }

    @Test
    void theAuthorAndTheWallsOwnerDeleteItNobodyElse() {
        fixture.given(IN_GROUP_ON_WANDAS_WALL)
                .when(new DeletePostCommand(ID, OCTAVE))
                .expectException(ForbiddenException.class);
        fixture.given(IN_GROUP_ON_WANDAS_WALL)
                .when(new DeletePostCommand(ID, WANDA))
                .expectEvents(new PostDeletedEvent(ID, WANDA));
        fixture.given(IN_GROUP_ON_WANDAS_WALL, new PostDeletedEvent(ID, AURORE))
                .when(new DeletePostCommand(ID, AURORE))
                .expectException(org.axonframework.eventsourcing.AggregateDeletedException.class);
    }

    @Test
    void onlyWhoSeesThePostCommentsOnIt() {
        fixture.given(IN_GROUP_ON_WANDAS_WALL)
                .when(new CommentPostCommand(ID, "c-1", OCTAVE, new Spaces(SECTION, Set.of()), "Je vois ?"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(IN_GROUP_ON_WANDAS_WALL)
                .when(new CommentPostCommand(ID, "c-1", OCTAVE, new Spaces(null, Set.of(GROUP)), "Bravo"))
                .expectEvents(new CommentAddedEvent(CommentSubject.post(ID.value()), "c-1", OCTAVE, "Bravo"));
        fixture.given(IN_GROUP_ON_WANDAS_WALL)
                .when(new CommentPostCommand(ID, "c-1", WANDA, Spaces.ofSection(null), "Sur mon mur"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theAuthorOfThePostDeletesAnyCommentOthersOnlyTheirOwn() {
        CommentAddedEvent octaves = new CommentAddedEvent(CommentSubject.post(ID.value()), "c-1", OCTAVE, "Bravo");
        fixture.given(IN_GROUP_ON_WANDAS_WALL, octaves)
                .when(new DeletePostCommentCommand(ID, "c-1", WANDA, false))
                .expectException(ForbiddenException.class);
        fixture.given(IN_GROUP_ON_WANDAS_WALL, octaves)
                .when(new DeletePostCommentCommand(ID, "c-1", AURORE, false))
                .expectEvents(new CommentDeletedEvent(CommentSubject.post(ID.value()), "c-1", AURORE));
    }

    @Test
    void videoPagesBecomePlayersAndOthersAreRefused() {
        assertThat(PostRules.video("https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=x").playerUrl())
                .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(PostRules.video("https://youtu.be/dQw4w9WgXcQ").videoId()).isEqualTo("dQw4w9WgXcQ");
        assertThat(PostRules.video("https://www.dailymotion.com/video/x8abcd1").playerUrl())
                .isEqualTo("https://www.dailymotion.com/embed/video/x8abcd1");
        assertThat(PostRules.video("https://vimeo.com/76979871").playerUrl()).isEqualTo("https://player.vimeo.com/video/76979871");
        assertThat(PostRules.video("https://framatube.org/w/9c9de5e8-0a1e-484a-b099-e80766180a6d").playerUrl())
                .isEqualTo("https://framatube.org/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d");
        for (String refused : List.of("https://www.youtube.com/watch?v=short", "https://evil.example/video/1",
                "ftp://youtube.com/watch?v=dQw4w9WgXcQ", "http://tube.example/w/9c9de5e8-0a1e", "pas une adresse")) {
            assertThatThrownBy(() -> PostRules.video(refused)).as(refused).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void articlesKeepOnlyTheAllowedFormattingAndTagsAreFolded() {
        PostContent article = PostRules.check(new PostContent(PostType.ARTICLE, "Billet",
                "<h1>Titre</h1><p style=\"color:red\">Un <strong>toit</strong></p><a href=\"mailto:a@b.fr\">écrire</a>"
                        + "<iframe src=\"https://x\"></iframe>", List.of("Élections, #Économie", "élections"),
                null, null, null, null));
        assertThat(article.text()).isEqualTo("Titre<p>Un <strong>toit</strong></p><a href=\"mailto:a&#64;b.fr\" "
                + "rel=\"nofollow\">écrire</a>");
        assertThat(article.tags()).containsExactly("elections", "economie");
        assertThatThrownBy(() -> PostRules.check(new PostContent(PostType.ARTICLE, "Vide", "<script>x</script>",
                null, null, null, null, null))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PostRules.check(new PostContent(PostType.SOUND, "Sans fichier", null, null, null, null,
                null, null))).isInstanceOf(InvalidValueException.class);
    }
}
