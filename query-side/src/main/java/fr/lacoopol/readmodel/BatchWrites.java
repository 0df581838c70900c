package fr.lacoopol.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>Rendering a statement to find its text is most of what a batch costs the application (half of a profiles
 * replay's thread): a {@link Foldable} write names what its statement's text depends on instead, and the text is
 * rendered once for all the statements of that shape.
 *
 * <p>A row is often written several times in one batch (a replay's batch holds a member's creation and the events
 * that follow it). A {@link Foldable} write takes in the same row's next write when it can, so that the batch sends
 * one statement for the row instead of one for each event.
 *
 * <p>For handlers that never read what they wrote for an earlier event of the same batch. A failing statement fails
 * the batch as it would have failed it at once: in PostgreSQL, it aborts the whole transaction either way.
 */
public final class BatchWrites {

    private static final String PENDING = BatchWrites.class.getName();

    /**
     * A write of one row that can take in the same row's next write: {@link #then} answers the two as one write, or
     * nothing when they cannot be one. Its statement is made once the batch's writes are all known.
     */
    public interface Foldable {

        /** This write, then {@code next} (of the same row), as one write; empty if they cannot be folded. */
        Optional<Foldable> then(Foldable next);

        /**
         * What the statement's text depends on: writes of equal shapes must render the same text, their values aside
         * (the columns a statement sets, in the order it sets them, say).
         */
        Object shape();

        Query query();
    }

    private record Write(String row, Declared shape, Query query, Foldable foldable) {

        Write(String row, Foldable foldable) {
            this(row, new Declared(foldable.shape()), null, foldable);
        }

        Query statement() {
            return foldable != null ? foldable.query() : query;
        }
    }

    /** The batch's writes in order, and where each row's last write is. */
    private static final class Pending {
        private final List<Write> writes = new ArrayList<>();
        private final Map<String, Integer> lastOfRow = new HashMap<>();

        void add(Write write) {
            Integer last = lastOfRow.get(write.row());
            if (last != null && write.foldable() != null && writes.get(last).foldable() != null) {
                Optional<Foldable> folded = writes.get(last).foldable().then(write.foldable());
                if (folded.isPresent()) {
                    writes.set(last, new Write(write.row(), folded.get()));
                    return;
                }
            }
            lastOfRow.put(write.row(), writes.size());
            writes.add(write);
        }
    }

    /** What a statement's text depends on, as its handler declared it. */
    private record Declared(Object shape) {
    }

    /**
     * A run of statements sent as one prepared batch: the same text — rendered, or declared the same —, rendered by
     * the same configuration.
     */
    private record Shape(Configuration configuration, Object text) {
    }

    private BatchWrites() {
    }

    /** Writes {@code query}, which writes the row {@code row} (its key) only, with the batch's other statements. */
    public static void write(String row, Query query) {
        add(new Write(row, null, query, null));
    }

    /** Writes the row {@code row} (its key) only, folding the row's next writes into this one while it can. */
    public static void write(String row, Foldable write) {
        add(new Write(row, write));
    }

    private static void add(Write write) {
        PerBatch.pending(PENDING, Pending::new, BatchWrites::send)
                .ifPresentOrElse(pending -> pending.add(write), () -> write.statement().execute());
    }

    private static void send(Pending pending) {
        // The n-th statement of each row goes in round n: rounds run in order, and within a round each row has one.
        List<Map<Shape, List<Query>>> rounds = new ArrayList<>();
        Map<String, Integer> written = new HashMap<>();
        for (Write write : pending.writes) {
            int round = written.merge(write.row(), 1, Integer::sum) - 1;
            if (round == rounds.size()) rounds.add(new LinkedHashMap<>());
            Query query = write.statement();
            Configuration configuration = query.configuration();
            Object text = write.shape() != null ? write.shape() : DSL.using(configuration).render(query);
            Shape shape = new Shape(configuration, text);
            rounds.get(round).computeIfAbsent(shape, s -> new ArrayList<>()).add(query);
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
