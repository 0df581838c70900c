package fr.lacoopol.web;

import fr.lacoopol.errors.DomainException;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A command's answer that shows what it produced: the read model is asked again until it has caught up with
 * the command (a few milliseconds as a rule), for a few seconds at most; past that the caller is told to come
 * back (503 with Retry-After) rather than shown the state from before.
 */
public final class ReadYourWrite {

    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 20;

    private ReadYourWrite() {
    }

    public static <T> T await(Supplier<T> read, Predicate<T> caughtUp) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T value = read.get();
            if (value != null && caughtUp.test(value)) return value;
            if (System.nanoTime() > deadline) throw new NotYetVisibleException();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotYetVisibleException();
            }
        }
    }

    /** 503: done, but not yet readable; the client reads it again in a moment. */
    public static class NotYetVisibleException extends DomainException {

        NotYetVisibleException() {
            super("not_yet_visible", "c'est fait, mais pas encore visible : relis dans un instant");
        }
    }
}
