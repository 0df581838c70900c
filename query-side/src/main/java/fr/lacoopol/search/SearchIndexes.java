package fr.lacoopol.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.elasticsearch.indices.PutMappingRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the search indices at start-up when they are missing. An index's name carries the version of its
 * mapping (members-v1…); a new mapping is a new index, filled by a new processing group of the same version
 * replaying the event store — so a mapping change migrates by rebuilding, while the old index keeps serving
 * until the new one is switched to.
 */
@Component
public class SearchIndexes {

    public static final String MEMBERS = "members-v1";
    public static final String EVENTS = "events-v2";
    public static final String POSTS = "posts-v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient client;
    private final String prefix;

    public SearchIndexes(ElasticsearchClient client, @Value("${coopol.search.index-prefix:}") String prefix) {
        this.client = client;
        this.prefix = prefix;
        ensure(MEMBERS);
        ensure(EVENTS);
        ensure(POSTS);
    }

    public String name(String index) {
        return prefix + index;
    }

    /**
     * Drops the index and creates it empty, for a rebuild. (The minimal server has no delete-by-query: it
     * lives in the reindex module, which that distribution does not ship.)
     */
    public void recreate(String index) {
        String name = name(index);
        try {
            if (client.indices().exists(e -> e.index(name)).value()) client.indices().delete(d -> d.index(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot drop search index " + name, e);
        }
        ensure(index);
    }

    /**
     * Creates the index, or adds to an existing one the fields its definition gained: a new field is a compatible
     * change (documents written before simply lack it), so it needs no new version; any other change of the mapping
     * is refused by the server here, and does.
     */
    private void ensure(String index) {
        String name = name(index);
        try (InputStream definition = getClass().getResourceAsStream("/search/" + index + ".json")) {
            if (definition == null) throw new IllegalStateException("no definition for index " + index);
            byte[] json = definition.readAllBytes();
            if (client.indices().exists(e -> e.index(name)).value()) {
                String mappings = JSON.readTree(json).get("mappings").toString();
                client.indices().putMapping(PutMappingRequest.of(p -> p.index(name).withJson(new StringReader(mappings))));
                return;
            }
            client.indices().create(CreateIndexRequest.of(c -> c.index(name).withJson(new ByteArrayInputStream(json))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create search index " + name, e);
        }
    }
}
