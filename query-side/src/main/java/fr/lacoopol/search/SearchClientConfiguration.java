package fr.lacoopol.search;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import org.apache.http.config.ConnectionConfig;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How requests reach the search server. A bulk request's body is made of two buffers per operation (its line and the
 * line's end); the HTTP client sends one buffer per turn of its event loop, each in a system call of its own — a
 * rebuild of the directory made some 8,500 writes a second, and the client's I/O threads were a third of the
 * application's CPU. Here a body is gathered into one buffer first ({@link WholeBodyTransport}), and connections
 * write up to {@value #BUFFER_BYTES} bytes at a time instead of 8 KB.
 */
@Configuration(proxyBeanMethods = false)
class SearchClientConfiguration {

    /** Bytes a connection writes or reads per system call at most. */
    static final int BUFFER_BYTES = 128 * 1024;

    @Bean
    RestClientBuilderCustomizer largerSearchClientBuffers() {
        return new RestClientBuilderCustomizer() {
            @Override
            public void customize(RestClientBuilder builder) {
                // only the HTTP client's connections change
            }

            @Override
            public void customize(HttpAsyncClientBuilder builder) {
                builder.setDefaultConnectionConfig(ConnectionConfig.custom().setBufferSize(BUFFER_BYTES).build());
            }
        };
    }

    /** Replaces Spring Boot's transport: the same client, each body in one buffer. */
    @Bean
    ElasticsearchTransport searchTransport(RestClient restClient, JsonpMapper mapper, ObjectProvider<RestClientOptions> options) {
        return new WholeBodyTransport(restClient, mapper, options.getIfAvailable());
    }
}
