package fr.lacoopol.post.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import fr.lacoopol.ids.GroupId;
import fr.lacoopol.member.Folding;
import fr.lacoopol.moderation.ContentKind;
import fr.lacoopol.moderation.ModerationDecision;
import fr.lacoopol.post.PostContent;
import fr.lacoopol.post.event.PostDeletedEvent;
import fr.lacoopol.post.event.PostPublishedEvent;
import fr.lacoopol.search.SearchIndexes;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * PST-5, DIR-2: one document per post, with what a search matches (its title, text and tags, folded like the
 * members' names; its tags as they are) and what decides who may find it (P7: public, its section's space, its
 * groups, its author, the wall's owner). A post is written once and deleted once: writing or deleting it again
 * leaves the same index.
 */
@Component
@ProcessingGroup("post-directory-v1")
class PostDirectoryProjection {

    private static final int NOT_FOUND = 404;
    private static final String TAGS = "<[^>]*>";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final String index;

    PostDirectoryProjection(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
        this.index = indexes.name(SearchIndexes.POSTS);
    }

    @EventHandler
    void on(PostPublishedEvent event, @Timestamp Instant at) throws IOException {
        PostContent content = event.content();
        String text = content.text() == null ? null : content.text().replaceAll(TAGS, " ");
        Map<String, Object> doc = new HashMap<>();
        doc.put("postId", event.postId().value());
        doc.put("words", Folding.fold(Stream.concat(Stream.of(content.title(), text), content.tags().stream())
                .filter(Objects::nonNull).collect(Collectors.joining(" "))));
        doc.put("tags", content.tags());
        doc.put("type", content.type().name());
        doc.put("authorId", event.authorId().value());
        doc.put("wallOwnerId", event.wallOwnerId() == null ? null : event.wallOwnerId().value());
        doc.put("sectionId", event.sectionId() == null ? null : event.sectionId().value());
        doc.put("publicPost", event.publication().publicPost());
        doc.put("inSectionSpace", event.publication().inSectionSpace());
        doc.put("groupIds", event.publication().groupIds().stream().map(GroupId::value).toList());
        doc.put("publishedAt", at.toString());
        client.index(i -> i.index(index).id(event.postId().value()).document(doc));
    }

    @EventHandler
    void on(PostDeletedEvent event) throws IOException {
        client.delete(d -> d.index(index).id(event.postId().value()));
    }

    /**
     * MOD-1: a post hidden by the moderators is found by nobody until it is shown again. A post deleted since has no
     * document left to mark (the server answers 404), and nothing to hide.
     */
    @EventHandler
    void on(ModerationDecision decision) throws IOException {
        if (decision.kind() != ContentKind.POST) return;
        try {
            client.update(u -> u.index(index).id(decision.contentId()).doc(Map.of("hidden", decision.hidden())), Map.class);
        } catch (ElasticsearchException e) {
            if (e.status() != NOT_FOUND) throw e;
        }
    }

    @ResetHandler
    void reset() {
        indexes.recreate(SearchIndexes.POSTS);
    }
}
