package fr.lacoopol.eventstore;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.zaxxer.hikari.HikariDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * The per-member AES-256 keys that encrypt personal data in the event store (GDPR-2).
 *
 * <p>A key is created on its own connection, committed at once and outside the caller's transaction: if it
 * joined the transaction of the first event it encrypts and that transaction rolled back, a key kept in the
 * cache would encrypt later events with a key that was never stored. Those connections come from a small pool
 * of their own ({@link #onOwnPool}): taken from the application's pool by a command that already holds one of
 * its connections, they would wait for each other once every connection is held by such a command. The most recently used keys are cached
 * in memory, {@value #CACHED_KEYS} at most (a few megabytes: an import of 100,000 people or a replay must not
 * hold them all); {@link #shred} destroys the key and the cached copy. That a key was destroyed is remembered too:
 * it is for good, and the events of erased people would otherwise each read the table again (a replay after an
 * import was undone spent a third of its waits there). (With several instances, the other instances'
 * caches keep a destroyed key until they evict it: the erasure's event should tell them — not done yet.)
 */
public class MemberKeys implements AutoCloseable {

    /** Key statements are single-row and short: a few connections serve every command at once. */
    static final int OWN_POOL_SIZE = 4;

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int CACHED_KEYS = 50_000;

    /**
     * The statement that destroys a key, for a caller that must do it inside its own transaction (the erasure's
     * event and the key's destruction commit together); it then calls {@link #forget} once committed.
     */
    public static final String DESTROY = """
            INSERT INTO member_key (member_id, aes_key, erased_at) VALUES (?, NULL, now())
            ON CONFLICT (member_id) DO UPDATE SET aes_key = NULL, erased_at = now()""";

    /** The unit-of-work resource holding the keys read ahead for a batch ({@link #holdForBatch}). */
    private static final String HELD_FOR_THE_BATCH = MemberKeys.class.getName() + ".heldForTheBatch";

    private final DataSource dataSource;
    private final ConcurrentMap<String, SecretKey> cache = Caffeine.newBuilder()
            .maximumSize(CACHED_KEYS)
            .<String, SecretKey>build()
            .asMap();
    /** Members whose key is known to be destroyed. */
    private final ConcurrentMap<String, Boolean> destroyed = Caffeine.newBuilder()
            .maximumSize(CACHED_KEYS)
            .<String, Boolean>build()
            .asMap();

    public MemberKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keys on a pool of {@value #OWN_POOL_SIZE} connections of their own, to the database described. */
    public static MemberKeys onOwnPool(DataSourceProperties database) {
        HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("member-keys");
        pool.setMaximumPoolSize(OWN_POOL_SIZE);
        pool.setMinimumIdle(1);
        return new MemberKeys(pool);
    }

    /** Closes the pool of its own, if it has one. */
    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource pool) pool.close();
    }

    /** The member's key, created if the member has none yet. */
    public SecretKey keyFor(String memberId) {
        SecretKey cached = cache.get(memberId);
        if (cached != null) return cached;
        if (destroyed.containsKey(memberId)) throw new ErasedMemberException(memberId);
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO member_key (member_id, aes_key) VALUES (?, ?) ON CONFLICT (member_id) DO NOTHING")) {
                insert.setString(1, memberId);
                insert.setBytes(2, fresh);
                insert.executeUpdate();
            }
            SecretKey key = stored(connection, memberId).orElseThrow(() -> new ErasedMemberException(memberId));
            cache.put(memberId, key);
            return key;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read or create the member key", e);
        }
    }

    /**
     * Creates the keys of many new data subjects at once (an import's batch): one statement and one commit
     * instead of one of each per person, so that the batch's events then find their keys in the cache.
     */
    public void prepare(Collection<String> subjectIds) {
        List<String> missing = subjectIds.stream().filter(id -> !cache.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) return;
        String[] ids = missing.toArray(String[]::new);
        byte[][] keys = new byte[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            keys[i] = new byte[32];
            RANDOM.nextBytes(keys[i]);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO member_key (member_id, aes_key) SELECT * FROM unnest(?::varchar[], ?::bytea[])
                    ON CONFLICT (member_id) DO NOTHING""")) {
                insert.setArray(1, connection.createArrayOf("varchar", ids));
                insert.setArray(2, connection.createArrayOf("bytea", keys));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT member_id, aes_key FROM member_key WHERE member_id = ANY(?) AND aes_key IS NOT NULL")) {
                select.setArray(1, connection.createArrayOf("varchar", ids));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) cache.put(row.getString(1), new SecretKeySpec(row.getBytes(2), "AES"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the members' keys", e);
        }
    }

    /** The member's key, or empty once it has been shredded (or was never created). */
    public Optional<SecretKey> existingKey(String memberId) {
        SecretKey cached = cache.get(memberId);
        if (cached != null) return Optional.of(cached);
        if (destroyed.containsKey(memberId)) return Optional.empty();
        Optional<SecretKey> held = heldForTheBatch().get(memberId);
        if (held != null) return held;
        try (Connection connection = dataSource.getConnection()) {
            Optional<SecretKey> key = stored(connection, memberId);
            key.ifPresent(k -> cache.put(memberId, k));
            return key;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the member key", e);
        }
    }

    /**
     * Reads, in one query, the keys of the members named that the cache lacks, and holds them for the unit of work
     * {@code batch}: a tracking processor's batch then reads the keys of its events' members once, instead of one
     * query for each member whose key is not cached — every member's, in a replay of more than {@value #CACHED_KEYS}
     * members. Held apart from the cache: its admission policy keeps keys used often over keys just read.
     */
    public void holdForBatch(UnitOfWork<?> batch, Collection<String> memberIds) {
        List<String> missing = memberIds.stream().distinct()
                .filter(id -> !cache.containsKey(id) && !destroyed.containsKey(id)).toList();
        if (missing.isEmpty()) return;
        // Destroyed keys are held too: the memory of them is bounded, and a store whose imports were undone has far more
        // of them than it keeps — each of those people's events would read the table again.
        Map<String, Optional<SecretKey>> held = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT member_id, aes_key FROM member_key WHERE member_id = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("varchar", missing.toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    byte[] key = row.getBytes(2);
                    if (key == null) destroyed.put(row.getString(1), Boolean.TRUE);
                    held.put(row.getString(1), Optional.ofNullable(key).map(bytes -> new SecretKeySpec(bytes, "AES")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the members' keys", e);
        }
        batch.resources().put(HELD_FOR_THE_BATCH, held);
    }

    private static Map<String, Optional<SecretKey>> heldForTheBatch() {
        if (!CurrentUnitOfWork.isStarted()) return Map.of();
        Map<String, Optional<SecretKey>> held = CurrentUnitOfWork.get().root().getResource(HELD_FOR_THE_BATCH);
        return held == null ? Map.of() : held;
    }

    /**
     * Destroys the key, for good: the member's personal data become unreadable in every event. The row stays, keyless,
     * so that no key is ever created for them again ({@link #keyFor} refuses).
     */
    public void shred(String memberId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement destroy = connection.prepareStatement(DESTROY)) {
            connection.setAutoCommit(true);
            destroy.setString(1, memberId);
            destroy.executeUpdate();
            destroyed.put(memberId, Boolean.TRUE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot destroy the member key", e);
        } finally {
            cache.remove(memberId);
        }
    }

    /**
     * Drops the cached copy of a key destroyed by {@link #DESTROY} in the caller's transaction, which may also have
     * rolled back: the next read tells.
     */
    public void forget(String memberId) {
        cache.remove(memberId);
    }

    /** A key asked for a member whose key was destroyed: nothing may be written for them in clear again. */
    public static class ErasedMemberException extends IllegalStateException {
        ErasedMemberException(String memberId) {
            super("member " + memberId + " was erased: no key may be created for them");
        }
    }

    /** The member's key as stored; empty if it was never created, or destroyed — which is then remembered. */
    private Optional<SecretKey> stored(Connection connection, String memberId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT aes_key FROM member_key WHERE member_id = ?")) {
            select.setString(1, memberId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) return Optional.empty();
                byte[] key = row.getBytes(1);
                if (key != null) return Optional.of(new SecretKeySpec(key, "AES"));
                destroyed.put(memberId, Boolean.TRUE);
                return Optional.empty();
            }
        }
    }
}
