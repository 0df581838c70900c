package fr.lacoopol.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.transport.http.TransportHttpClient.Request;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A body is sent as one buffer holding the same bytes in the same order; the query side's tests send through it. */
class WholeBodyTransportTest {

    @Test
    void aBodyOfManyBuffersIsGatheredIntoOneWithTheSameBytes() {
        ByteBuffer consumedStart = ByteBuffer.wrap("xx{\"index\":{}}".getBytes(StandardCharsets.UTF_8));
        consumedStart.position(2);
        Request bulk = new Request("POST", "/_bulk", Map.of("refresh", "false"), Map.of(), List.of(consumedStart,
                bytes("\n"), bytes("{\"name\":\"Élise\"}"), bytes("\n")));

        Request whole = WholeBodyTransport.whole(bulk);

        List<ByteBuffer> body = (List<ByteBuffer>) whole.body();
        assertThat(body).hasSize(1);
        assertThat(StandardCharsets.UTF_8.decode(body.get(0)).toString()).isEqualTo("{\"index\":{}}\n{\"name\":\"Élise\"}\n");
        assertThat(whole.method()).isEqualTo("POST");
        assertThat(whole.path()).isEqualTo("/_bulk");
        assertThat(whole.queryParams()).containsEntry("refresh", "false");
        assertThat(consumedStart.position()).as("the parts are read, not consumed").isEqualTo(2);
    }

    @Test
    void aBodyOfOneBufferOrNoneIsLeftAsItIs() {
        Request search = new Request("POST", "/members/_search", Map.of(), Map.of(), List.of(bytes("{}")));
        Request get = new Request("GET", "/members/_doc/1", Map.of(), Map.of(), null);

        assertThat(WholeBodyTransport.whole(search)).isSameAs(search);
        assertThat(WholeBodyTransport.whole(get)).isSameAs(get);
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
