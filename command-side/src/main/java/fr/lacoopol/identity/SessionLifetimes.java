package fr.lacoopol.identity;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a session lasts (ACC-3): it ends after {@code idle} without a request, and in any case
 * {@code absolute} after the login. The idle time is counted to the minute (the last-seen time is written at
 * most once a minute).
 */
@Component
class SessionLifetimes {

    private final Duration idle;
    private final Duration absolute;

    SessionLifetimes(@Value("${coopol.session.idle-timeout:PT8H}") Duration idle,
                     @Value("${coopol.session.absolute-timeout:P7D}") Duration absolute) {
        if (idle.compareTo(Duration.ofMinutes(2)) < 0) {
            throw new IllegalArgumentException("coopol.session.idle-timeout must be 2 minutes or more");
        }
        this.idle = idle;
        this.absolute = absolute;
    }

    Duration idle() {
        return idle;
    }

    Duration absolute() {
        return absolute;
    }
}
