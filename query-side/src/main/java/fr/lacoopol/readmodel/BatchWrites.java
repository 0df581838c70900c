package fr.lacoopol.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * A projection's statements for a batch of events, sent to PostgreSQL together just before the batch commits
 * ({@link PerBatch}) instead of one statement, and one round trip, per event. Each statement names the row it writes:
 * a row's statements run in the order written, while statements of different rows, which commute, are gathered by
 * their text into prepared batches — a few round trips a batch, each statement parsed and planned once. (Sent as
 * they came, a batch of different statements has its values written inline: the driver then parses and the server
 * plans every one, which made a replay slower than one statement per event.)
 *
 * <p>For handlers that never read what they wrote for an earlier event of the same batch. A failing statement fails
 * the batch as it would have failed it at once: in PostgreSQL, it aborts the whole transaction either way.
 */
public final class BatchWrites {

    private static final String PENDING = BatchWrites.class.getName();

    private record Write(String row, Query query) {
    }

    /** A run of statements sent as one prepared batch: the same text, rendered by the same configuration. */
    private record Shape(Configuration configuration, String sql) {
    }

    private BatchWrites() {
    }

    /** Writes {@code query}, which writes the row {@code row} (its key) only, with the batch's other statements. */
    public static void write(String row, Query query) {
        PerBatch.<List<Write>>pending(PENDING, ArrayList::new, BatchWrites::send)
                .ifPresentOrElse(pending -> pending.add(new Write(row, query)), query::execute);
    }

    private static void send(List<Write> pending) {
        // The n-th statement of each row goes in round n: rounds run in order, and within a round each row has one.
        List<Map<Shape, List<Query>>> rounds = new ArrayList<>();
        Map<String, Integer> written = new HashMap<>();
        for (Write write : pending) {
            int round = written.merge(write.row(), 1, Integer::sum) - 1;
            if (round == rounds.size()) rounds.add(new LinkedHashMap<>());
            Configuration configuration = write.query().configuration();
            Shape shape = new Shape(configuration, DSL.using(configuration).render(write.query()));
            rounds.get(round).computeIfAbsent(shape, s -> new ArrayList<>()).add(write.query());
        }
        for (Map<Shape, List<Query>> round : rounds) {
            round.forEach((shape, queries) -> {
                if (queries.size() == 1) {
                    queries.get(0).execute();
                    return;
                }
                DSLContext db = DSL.using(shape.configuration());
                BatchBindStep batch = db.batch(queries.get(0));
                for (Query query : queries) batch = batch.bind(db.extractBindValues(query).toArray());
                batch.execute();
            });
        }
    }
}
