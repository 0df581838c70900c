package fr.lacoopol.post.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.ids.GroupId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.PostId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.post.Attachment;
import fr.lacoopol.post.PostContent;
import fr.lacoopol.post.PostType;
import fr.lacoopol.post.Publication;
import fr.lacoopol.post.event.PostDeletedEvent;
import fr.lacoopol.post.event.PostPublishedEvent;
import fr.lacoopol.readmodel.ReadModelTests;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The posts projection on the real PostgreSQL: every event applied twice leaves the same rows. */
class PostsProjectionTest {

    private final DSLContext db = ReadModelTests.db();
    private final PostsProjection projection = new PostsProjection(db);

    @Test
    void eachEventAppliedTwiceLeavesTheSameRows() {
        PostId post = PostId.random();
        MemberId author = MemberId.random();
        MemberId owner = MemberId.random();
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        PostContent sound = new PostContent(PostType.SOUND, "Discours", "Le discours de clôture", List.of("congres"), null,
                null, null, new Attachment("ab".repeat(32), "audio/mpeg", 8_360, "discours.mp3"));
        List<Runnable> events = List.of(
                () -> projection.on(new PostPublishedEvent(post, author, new SectionId("s-1"), owner, sound,
                        new Publication(false, true, List.of(new GroupId("g-1")))), at),
                () -> projection.on(new PostDeletedEvent(post, owner)));
        Map<String, Object> published = null;
        for (Runnable event : events) {
            event.run();
            Map<String, Object> once = snapshot(post);
            event.run();
            assertThat(snapshot(post)).isEqualTo(once);
            if (published == null) published = once;
        }
        assertThat(published.get("row").toString()).contains("wall_id=" + owner.value(), "file_type=audio/mpeg",
                "group_ids={g-1}", "in_section_space=true", "public_post=false");
        assertThat(snapshot(post).get("row")).isEqualTo("[]");
    }

    private Map<String, Object> snapshot(PostId post) {
        // Arrays as text: they compare by identity.
        return Map.of("row", db.fetch("SELECT post_id, author_id, section_id, wall_owner_id, wall_id, type, title, text, "
                + "url, file_sha256, file_type, file_size, file_name, public_post, in_section_space, published_at, "
                + "tags::text AS tags, group_ids::text AS group_ids FROM read_model_query_tests.post WHERE post_id = ?",
                post.value()).intoMaps().toString());
    }
}
