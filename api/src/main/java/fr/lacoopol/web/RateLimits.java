package fr.lacoopol.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Token buckets by key ("e:" + an address, "ip:" + a client address…), for the endpoints anybody can call:
 * login, pre-registration. They live in memory, bounded (the least recently used are dropped); several
 * instances each keep their own.
 */
@Component
public class RateLimits {

    private static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_BUCKETS;
        }
    });

    /** Takes one token from the key's bucket of {@code capacity}, refilled over {@code refill}; false when empty. */
    public boolean tryConsume(String key, int capacity, Duration refill) {
        return buckets.computeIfAbsent(key + "|" + capacity + "/" + refill, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, refill).build())
                .build()).tryConsume(1);
    }
}
