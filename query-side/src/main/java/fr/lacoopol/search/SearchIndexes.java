package fr.lacoopol.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.elasticsearch.indices.PutMappingRequest;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the search indices at start-up when they are missing. An index's name carries the version of its
 * mapping (members-v1…); a new mapping is a new index, filled by a new processing group of the same version
 * replaying the event store — so a mapping change migrates by rebuilding, while the old index keeps serving
 * until the new one is switched to.
 *
 * <p>An index's name is an alias of its current generation ({@code members-v1-<millis>}), so that the same mapping
 * can be rebuilt in place (AUD-3): a new generation is filled beside the one in service, then the alias moves to it
 * in one step of the server. Readers and writers use the name and never tell an alias from an index. (An index
 * created before generations existed is a concrete index of that name: its first swap deletes it in the same step.)
 */
@Component
public class SearchIndexes {

    public static final String MEMBERS = "members-v1";
    public static final String EVENTS = "events-v2";
    public static final String POSTS = "posts-v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A replay's generation is searched by nobody until swapped in, so it is filled without refreshes: a refresh every
     * half second made a small segment each time, and refreshing and merging them cost the search server more than
     * indexing the documents (ADR 0018). The swap gives it its definition's interval back.
     */
    private static final String FILLED_WITHOUT_REFRESH = "-1";
    private static final String SERVER_DEFAULT_REFRESH = "1s";

    private final ElasticsearchClient client;
    private final String prefix;
    /** A generation's indices: what {@link #name} answers for them instead of the name in service. */
    private final Map<String, String> generations;

    @Autowired
    public SearchIndexes(ElasticsearchClient client, @Value("${coopol.search.index-prefix:}") String prefix) {
        this(client, prefix, Map.of());
        ensure(MEMBERS);
        ensure(EVENTS);
        ensure(POSTS);
    }

    private SearchIndexes(ElasticsearchClient client, String prefix, Map<String, String> generations) {
        this.client = client;
        this.prefix = prefix;
        this.generations = generations;
    }

    public String name(String index) {
        String generation = generations.get(index);
        return generation != null ? generation : prefix + index;
    }

    /**
     * AUD-3: a new, empty generation of the index, and indices whose {@link #name} of it is that generation — for the
     * handlers of a replay, while everyone else goes on with the index in service.
     */
    public SearchIndexes newGeneration(String index) {
        String generation = newGenerationName(index);
        create(index, generation, null);
        return new SearchIndexes(client, prefix, Map.of(index, generation));
    }

    /**
     * AUD-3: the generation takes the index's name, in one step of the server. The generations it stood for before
     * are retired, not deleted: a search already sent to them still finishes; the caller deletes them a little later.
     */
    public List<String> swapIn(String index, SearchIndexes generation) {
        String name = name(index);
        String replacement = generation.name(index);
        try {
            String interval = definitionTree(index).path("settings").path("refresh_interval").asText(SERVER_DEFAULT_REFRESH);
            client.indices().putSettings(p -> p.index(replacement).settings(s -> s.refreshInterval(t -> t.time(interval))));
            client.indices().refresh(r -> r.index(replacement));
            boolean legacyIndex = client.indices().exists(e -> e.index(name)).value()
                    && !client.indices().existsAlias(e -> e.name(name)).value();
            List<String> previous = concreteIndices(name);
            List<Action> actions = new ArrayList<>();
            actions.add(Action.of(a -> a.add(add -> add.index(replacement).alias(name))));
            for (String old : previous) {
                // A concrete index of the name must go in the same step, for the alias to take its name.
                actions.add(legacyIndex ? Action.of(a -> a.removeIndex(remove -> remove.index(old)))
                        : Action.of(a -> a.remove(remove -> remove.index(old).alias(name))));
            }
            client.indices().updateAliases(u -> u.actions(actions));
            return legacyIndex ? List.of() : previous;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap in search index " + replacement, e);
        }
    }

    /** Generations retired by a swap, or made for a replay that failed. */
    public void delete(List<String> generations) {
        for (String generation : generations) {
            try {
                if (client.indices().exists(e -> e.index(generation)).value()) {
                    client.indices().delete(d -> d.index(generation));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete search index " + generation, e);
            }
        }
    }

    /**
     * Drops the index and creates it empty, for a rebuild. (The minimal server has no delete-by-query: it
     * lives in the reindex module, which that distribution does not ship.)
     */
    public void recreate(String index) {
        String name = name(index);
        try {
            delete(concreteIndices(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot drop search index " + name, e);
        }
        ensure(index);
    }

    /** The indices a name stands for: itself, or those of the alias it has become; none if it does not exist. */
    private List<String> concreteIndices(String name) throws IOException {
        if (!client.indices().exists(e -> e.index(name)).value()) return List.of();
        return List.copyOf(client.indices().get(g -> g.index(name)).result().keySet());
    }

    /**
     * Creates the index, or adds to an existing one the fields its definition gained: a new field is a compatible
     * change (documents written before simply lack it), so it needs no new version; any other change of the mapping
     * is refused by the server here, and does.
     */
    private void ensure(String index) {
        String name = name(index);
        try {
            if (client.indices().exists(e -> e.index(name)).value()) {
                String mappings = definitionTree(index).get("mappings").toString();
                client.indices().putMapping(PutMappingRequest.of(p -> p.index(name).withJson(new StringReader(mappings))));
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update search index " + name, e);
        }
        create(index, newGenerationName(index), name);
    }

    private String newGenerationName(String index) {
        return prefix + index + "-" + System.currentTimeMillis();
    }

    /** A generation of the index, and the alias it answers to (none for a replay's, until swapped in). */
    private void create(String index, String generation, String alias) {
        try {
            ObjectNode definition = definitionTree(index);
            if (alias == null) ((ObjectNode) definition.get("settings")).put("refresh_interval", FILLED_WITHOUT_REFRESH);
            byte[] json = JSON.writeValueAsBytes(definition);
            client.indices().create(CreateIndexRequest.of(c -> {
                c.index(generation).withJson(new ByteArrayInputStream(json));
                if (alias != null) c.aliases(alias, a -> a);
                return c;
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create search index " + generation, e);
        }
    }

    private ObjectNode definitionTree(String index) throws IOException {
        return (ObjectNode) JSON.readTree(definition(index));
    }

    private byte[] definition(String index) throws IOException {
        try (InputStream definition = getClass().getResourceAsStream("/search/" + index + ".json")) {
            if (definition == null) throw new IllegalStateException("no definition for index " + index);
            return definition.readAllBytes();
        }
    }
}
