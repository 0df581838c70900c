package fr.lacoopol.search;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransportBase;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.rest_client.RestClientHttpClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.elasticsearch.client.RestClient;

/**
 * The REST client's transport, each request's body gathered into one buffer before it is sent: the client writes a
 * body one buffer per system call, and a bulk request's body is two buffers per operation
 * ({@link SearchClientConfiguration}).
 */
public final class WholeBodyTransport extends ElasticsearchTransportBase {

    /** {@code options} may be null: the client's defaults. */
    public WholeBodyTransport(RestClient restClient, JsonpMapper mapper, RestClientOptions options) {
        super(new WholeBodies(new RestClientHttpClient(restClient)), options, mapper);
    }

    /** {@code request} with its body in one buffer, the same bytes in the same order. */
    static TransportHttpClient.Request whole(TransportHttpClient.Request request) {
        if (request.body() == null) return request;
        List<ByteBuffer> parts = new ArrayList<>();
        int size = 0;
        for (ByteBuffer part : request.body()) {
            parts.add(part);
            size += part.remaining();
        }
        if (parts.size() <= 1) return request;
        ByteBuffer body = ByteBuffer.allocate(size);
        for (ByteBuffer part : parts) body.put(part.duplicate());
        body.flip();
        return new TransportHttpClient.Request(request.method(), request.path(), request.queryParams(), request.headers(),
                List.of(body));
    }

    /** An HTTP client handing the REST client's own a body of one buffer. */
    private record WholeBodies(TransportHttpClient client) implements TransportHttpClient {

        @Override
        public TransportOptions createOptions(TransportOptions options) {
            return client.createOptions(options);
        }

        @Override
        public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
                throws IOException {
            return client.performRequest(endpointId, node, whole(request), options);
        }

        @Override
        public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
                                                               TransportOptions options) {
            return client.performRequestAsync(endpointId, node, whole(request), options);
        }

        @Override
        public void close() throws IOException {
            client.close();
        }
    }
}
