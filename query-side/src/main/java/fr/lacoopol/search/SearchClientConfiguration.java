package fr.lacoopol.search;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import org.apache.http.config.ConnectionConfig;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How requests reach the search server. A bulk request's body is made of two buffers per operation (its line and the
 * line's end), and the HTTP client sends one buffer per turn of its event loop, each in a system call of its own: a
 * body is gathered into one buffer first ({@link WholeBodyTransport}), and connections write larger pieces than the
 * client's default (ADR 0019). Without credentials, the HTTP client's authentication cache is left out: the search
 * client fills it with a scheme per node, and the cache hands each request a copy deserialized from Java serialization.
 */
@Configuration(proxyBeanMethods = false)
class SearchClientConfiguration {

    /** Bytes a connection writes or reads per system call at most. */
    static final int BUFFER_BYTES = 128 * 1024;

    @Bean
    RestClientBuilderCustomizer searchClientConnections(ElasticsearchConnectionDetails connection) {
        boolean authenticates = authenticates(connection);
        return new RestClientBuilderCustomizer() {
            @Override
            public void customize(RestClientBuilder builder) {
                // only the HTTP client's connections change
            }

            @Override
            public void customize(HttpAsyncClientBuilder builder) {
                builder.setDefaultConnectionConfig(ConnectionConfig.custom().setBufferSize(BUFFER_BYTES).build());
                if (!authenticates) builder.disableAuthCaching();
            }
        };
    }

    /** Whether requests carry credentials: then the cache sends them with the first request, unasked. */
    static boolean authenticates(ElasticsearchConnectionDetails connection) {
        return connection.getUsername() != null
                || connection.getNodes().stream().anyMatch(node -> node.username() != null);
    }

    /** Replaces Spring Boot's transport: the same client, each body in one buffer. */
    @Bean
    ElasticsearchTransport searchTransport(RestClient restClient, JsonpMapper mapper, ObjectProvider<RestClientOptions> options) {
        return new WholeBodyTransport(restClient, mapper, options.getIfAvailable());
    }
}
