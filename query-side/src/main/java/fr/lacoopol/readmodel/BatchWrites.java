package fr.lacoopol.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.BatchBindStep;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A projection's statements for a batch of events, sent to PostgreSQL together just before the batch commits
 * ({@link PerBatch}) instead of one statement, and one round trip, per event. Each statement names the row it writes:
 * a row's statements run in the order written, while statements of different rows, which commute, are gathered by
 * their text into prepared batches — a few round trips a batch, each statement parsed and planned once. (Sent as
 * they came, a batch of different statements has its values written inline: the driver then parses and the server
 * plans every one, which made a replay slower than one statement per event.)
 *
 * <p>Rendering a statement to find its text is most of what a batch costs the application: a {@link Foldable} write
 * names what its statement's text depends on instead, and the text is rendered once for all the statements of that
 * shape. Its values are bound as it lists them: building each statement only to extract its values, then binding
 * them through the statement's tree, cost nearly as much again.
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

        /** Where its statement goes. */
        DSLContext db();

        Query query();

        /**
         * The values {@link #query} binds, in the order of its text. Writes of one shape are sent as one prepared batch
         * of their values; the first write's own are checked against its statement's.
         */
        List<?> bindValues();
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
        List<Map<Shape, List<Write>>> rounds = new ArrayList<>();
        Map<String, Integer> written = new HashMap<>();
        for (Write write : pending.writes) {
            int round = written.merge(write.row(), 1, Integer::sum) - 1;
            if (round == rounds.size()) rounds.add(new LinkedHashMap<>());
            rounds.get(round).computeIfAbsent(shapeOf(write), s -> new ArrayList<>()).add(write);
        }
        for (Map<Shape, List<Write>> round : rounds) {
            round.forEach((shape, writes) -> {
                if (writes.size() == 1) {
                    writes.get(0).statement().execute();
                } else if (writes.get(0).foldable() != null) {
                    sendDeclared(shape.configuration(), writes);
                } else {
                    DSLContext db = DSL.using(shape.configuration());
                    BatchBindStep batch = db.batch(writes.get(0).query());
                    for (Write write : writes) batch = batch.bind(db.extractBindValues(write.query()).toArray());
                    batch.execute();
                }
            });
        }
    }

    private static Shape shapeOf(Write write) {
        if (write.foldable() != null) return new Shape(write.foldable().db().configuration(), write.shape());
        Configuration configuration = write.query().configuration();
        return new Shape(configuration, DSL.using(configuration).render(write.query()));
    }

    /** Writes of one declared shape: the first one's text, every write's values as it lists them. */
    private static void sendDeclared(Configuration configuration, List<Write> writes) {
        DSLContext db = DSL.using(configuration);
        Query first = writes.get(0).foldable().query();
        List<?> declared = writes.get(0).foldable().bindValues();
        List<Object> bound = db.extractBindValues(first);
        if (!bound.equals(declared)) {
            throw new IllegalStateException("a write lists its values " + declared + " but its statement binds " + bound
                    + ": " + first);
        }
        ConnectionProvider connections = configuration.connectionProvider();
        Connection connection = connections.acquire();
        try (PreparedStatement statement = connection.prepareStatement(db.render(first))) {
            for (Write write : writes) {
                List<?> values = write.foldable().bindValues();
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) == null) statement.setNull(i + 1, Types.NULL);
                    else statement.setObject(i + 1, values.get(i));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException("a batch of " + writes.size() + " writes failed: " + first, e);
        } finally {
            connections.release(connection);
        }
    }
}
