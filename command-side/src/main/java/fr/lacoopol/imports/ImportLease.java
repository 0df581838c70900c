package fr.lacoopol.imports;

import fr.lacoopol.ids.ImportId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The lease of one import — a PostgreSQL advisory lock on a connection held for as long as the import is worked —,
 * so that two instances never work the same import (or its undoing), and a lease ends with the instance that held it.
 */
final class ImportLease implements AutoCloseable {

    /** The first key of the imports' advisory locks (the second is the import's): "import" in ASCII. */
    private static final int LEASE_NAMESPACE = 0x696d7074;

    private final Connection connection;
    private final int key;

    private ImportLease(Connection connection, int key) {
        this.connection = connection;
        this.key = key;
    }

    /** The lease, or null when another instance holds it. */
    static ImportLease take(DataSource dataSource, ImportId importId) throws SQLException {
        int key = importId.value().hashCode();
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, LEASE_NAMESPACE);
            lock.setInt(2, key);
            try (ResultSet held = lock.executeQuery()) {
                if (held.next() && held.getBoolean(1)) return new ImportLease(connection, key);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    @Override
    public void close() throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, LEASE_NAMESPACE);
            unlock.setInt(2, key);
            unlock.execute();
        } finally {
            connection.close();
        }
    }
}
