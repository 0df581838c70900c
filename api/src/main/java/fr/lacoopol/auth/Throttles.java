package fr.lacoopol.auth;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.web.RateLimits;
import fr.lacoopol.web.TooManyRequestsException;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The limits on what guesses or floods: checking a password (logging in, or confirming a change with the
 * current one), and asking for e-mails to be sent. Each counts per target (an address, a member) and per
 * client address; a limit keyed by an address counts whether or not it has an account, so being refused
 * tells nothing about it.
 */
@Component
public class Throttles {

    private final RateLimits limits;

    Throttles(RateLimits limits) {
        this.limits = limits;
    }

    /** Logging in: per address, 10 attempts then one every 6 seconds; per client, 60 then one a second. */
    void login(String email, String clientAddress) {
        require(limits.tryConsume("login:e:" + email, 10, Duration.ofMinutes(1))
                && limits.tryConsume("login:ip:" + clientAddress, 60, Duration.ofMinutes(1)));
    }

    /** A signed-in member's current password checked, or their login address changed: as many as logins. */
    public void accountChange(MemberId member, String clientAddress) {
        require(limits.tryConsume("account:m:" + member.value(), 10, Duration.ofMinutes(1))
                && limits.tryConsume("login:ip:" + clientAddress, 60, Duration.ofMinutes(1)));
    }

    /** A password-reset e-mail: 3 an hour per address, 20 an hour per client. */
    public void passwordResetRequest(String email, String clientAddress) {
        if (!limits.tryConsume("reset:e:" + email, 3, Duration.ofHours(1))
                || !limits.tryConsume("reset:ip:" + clientAddress, 20, Duration.ofHours(1))) {
            throw new TooManyRequestsException("too_many_requests", "trop de demandes : réessaie plus tard");
        }
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new TooManyRequestsException("too_many_attempts", "trop de tentatives : réessaie dans une minute");
        }
    }
}
