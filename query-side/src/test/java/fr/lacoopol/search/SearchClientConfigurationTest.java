package fr.lacoopol.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails.Node.Protocol;

/** The authentication cache is left out only where no credentials would be sent. */
class SearchClientConfigurationTest {

    @Test
    void aServerReachedWithoutCredentialsNeedsNoAuthenticationCache() {
        assertThat(SearchClientConfiguration.authenticates(connection(null, new Node("127.0.0.1", 9200, Protocol.HTTP))))
                .isFalse();
    }

    @Test
    void credentialsGivenApartOrInANodesAddressKeepIt() {
        assertThat(SearchClientConfiguration.authenticates(connection("coopol", new Node("127.0.0.1", 9200, Protocol.HTTP))))
                .isTrue();
        assertThat(SearchClientConfiguration.authenticates(connection(null,
                new Node("127.0.0.1", 9200, Protocol.HTTP), new Node("search", 9200, Protocol.HTTPS, "coopol", "secret"))))
                .isTrue();
    }

    private static ElasticsearchConnectionDetails connection(String username, Node... nodes) {
        return new ElasticsearchConnectionDetails() {
            @Override
            public List<Node> getNodes() {
                return List.of(nodes);
            }

            @Override
            public String getUsername() {
                return username;
            }
        };
    }
}
