package fr.lacoopol.auth;

import fr.lacoopol.web.TooManyRequestsException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Login throttling: per address, 10 attempts then one every 6 seconds; per client IP, 60 then one a second.
 * Buckets live in memory (bounded, least recently used dropped); several instances each keep their own.
 */
@Component
class LoginThrottle {

    private static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_BUCKETS;
        }
    });

    void check(String email, String clientAddress) {
        boolean allowed = bucket("e:" + email, 10, Duration.ofMinutes(1)).tryConsume(1)
                && bucket("ip:" + clientAddress, 60, Duration.ofMinutes(1)).tryConsume(1);
        if (!allowed) {
            throw new TooManyRequestsException("too_many_attempts",
                    "trop de tentatives de connexion : réessaie dans une minute");
        }
    }

    private Bucket bucket(String key, int capacity, Duration refill) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, refill).build())
                .build());
    }
}
