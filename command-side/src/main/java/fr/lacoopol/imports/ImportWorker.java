package fr.lacoopol.imports;

import fr.lacoopol.ids.ImportId;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works imports one at a time on a thread of its own, each only while this instance holds the import's
 * {@link ImportLease}; an import already under way here is not queued again. A failure leaves the import where its
 * last recorded batch left it, to be taken up again (by whoever looks next).
 */
final class ImportWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorker.class);

    private final String what;
    private final DataSource dataSource;
    private final Consumer<ImportId> work;
    private final ExecutorService executor;
    private final Set<ImportId> underWay = ConcurrentHashMap.newKeySet();

    /** {@code what}: the work, as the log names it ("the import", "the undoing"). */
    ImportWorker(String threadName, String what, DataSource dataSource, Consumer<ImportId> work) {
        this.what = what;
        this.dataSource = dataSource;
        this.work = work;
        this.executor = Executors.newSingleThreadExecutor(r -> new Thread(r, threadName));
    }

    void start(ImportId importId) {
        if (underWay.add(importId)) executor.submit(() -> run(importId));
    }

    private void run(ImportId importId) {
        try (ImportLease lease = ImportLease.take(dataSource, importId)) {
            if (lease == null) return; // another instance works it
            work.accept(importId);
        } catch (RuntimeException | SQLException e) {
            LOG.error("{} of import {} stopped; it resumes from its last recorded batch", what, importId, e);
        } finally {
            underWay.remove(importId);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
