package fr.lacoopol.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import fr.lacoopol.e2e.ApiTestSupport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A processor's batch reads its members' keys in one query: within the batch, neither a key read ahead nor a
 * destroyed one is read again; outside it, a key the cache lacks is read as before.
 */
class MemberKeysReadAheadTest extends ApiTestSupport {

    @Autowired
    MemberKeys keys;
    @Autowired
    DataSource dataSource;

    @Test
    void aBatchReadsItsMembersKeysOnce() {
        String alice = UUID.randomUUID().toString();
        String bruno = UUID.randomUUID().toString();
        String erased = UUID.randomUUID().toString();
        String outside = UUID.randomUUID().toString();
        SecretKey aliceKey = keys.keyFor(alice);
        SecretKey brunoKey = keys.keyFor(bruno);
        keys.keyFor(erased);
        keys.shred(erased);
        keys.keyFor(outside);

        AtomicInteger connections = new AtomicInteger();
        MemberKeys cold = coldKeysCounting(connections);
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        cold.holdForBatch(batch, List.of(alice, bruno, erased, alice));
        assertThat(connections).as("one query for the batch").hasValue(1);
        assertThat(cold.existingKey(alice)).contains(aliceKey);
        assertThat(cold.existingKey(bruno)).contains(brunoKey);
        assertThat(cold.existingKey(erased)).as("destroyed, and known to be").isEmpty();
        assertThat(connections).as("nothing read again within the batch").hasValue(1);
        batch.commit();

        assertThat(cold.existingKey(outside)).isPresent();
        assertThat(connections).as("outside a batch, a key the cache lacks is read").hasValue(2);
    }

    /** An import undone leaves a keyless row per person: more of them than the memory of destroyed keys holds. */
    @Test
    void aBatchKnowsItsDestroyedKeysBeyondWhatIsRemembered() {
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        List<String> erased = IntStream.range(0, MemberKeys.CACHED_KEYS + 10_000).mapToObj(i -> UUID.randomUUID().toString()).toList();
        sql.update("INSERT INTO member_key (member_id, aes_key) SELECT unnest(?::varchar[]), NULL",
                (Object) erased.toArray(String[]::new));
        try {
            AtomicInteger connections = new AtomicInteger();
            MemberKeys cold = coldKeysCounting(connections);
            DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
            cold.holdForBatch(batch, erased);
            assertThat(erased).allSatisfy(member -> assertThat(cold.existingKey(member)).isEmpty());
            assertThat(connections).as("no destroyed key read again within the batch").hasValue(1);
            batch.commit();
        } finally {
            sql.update("DELETE FROM member_key WHERE member_id = ANY(?::varchar[])", (Object) erased.toArray(String[]::new));
        }
    }

    /** Keys read by a new instance (nothing cached), counting the connections it takes for its queries. */
    private MemberKeys coldKeysCounting(AtomicInteger connections) {
        return new MemberKeys(new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                connections.incrementAndGet();
                return super.getConnection();
            }
        });
    }
}
