package fr.lacoopol.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Configuration;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * A projection's statements for a batch of events, sent to PostgreSQL together ({@link PerBatch}) instead of one
 * statement, and one round trip, per event. They run in the order written, in the batch's transaction. For handlers
 * that never read what they wrote for an earlier event of the same batch.
 *
 * <p>A failing statement fails the batch as it would have failed it at once: in PostgreSQL, a statement that fails
 * aborts its whole transaction either way.
 */
public final class BatchWrites {

    private static final String PENDING = BatchWrites.class.getName();

    private BatchWrites() {
    }

    public static void write(Query query) {
        PerBatch.<List<Query>>pending(PENDING, ArrayList::new, BatchWrites::send)
                .ifPresentOrElse(pending -> pending.add(query), query::execute);
    }

    /**
     * Each run of statements rendered by the same jOOQ configuration goes as one JDBC batch: a projection rebuilt
     * beside the live one renders its tables under other names, and a batch is rendered by one configuration.
     */
    private static void send(List<Query> pending) {
        int from = 0;
        while (from < pending.size()) {
            Configuration configuration = pending.get(from).configuration();
            int to = from + 1;
            while (to < pending.size() && pending.get(to).configuration() == configuration) to++;
            if (to - from == 1) pending.get(from).execute();
            else DSL.using(configuration).batch(pending.subList(from, to)).execute();
            from = to;
        }
    }
}
