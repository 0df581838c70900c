package fr.lacoopol.auth;

import fr.lacoopol.web.RateLimits;
import fr.lacoopol.web.TooManyRequestsException;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Login throttling: per address, 10 attempts then one every 6 seconds; per client IP, 60 then one a second. */
@Component
class LoginThrottle {

    private final RateLimits limits;

    LoginThrottle(RateLimits limits) {
        this.limits = limits;
    }

    void check(String email, String clientAddress) {
        boolean allowed = limits.tryConsume("login:e:" + email, 10, Duration.ofMinutes(1))
                && limits.tryConsume("login:ip:" + clientAddress, 60, Duration.ofMinutes(1));
        if (!allowed) {
            throw new TooManyRequestsException("too_many_attempts",
                    "trop de tentatives de connexion : réessaie dans une minute");
        }
    }
}
