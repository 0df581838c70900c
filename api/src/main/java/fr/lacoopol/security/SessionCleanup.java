package fr.lacoopol.security;

import fr.lacoopol.access.lookup.SessionLifetimes;
import fr.lacoopol.access.lookup.Sessions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ended sessions open nothing (they are checked at every request); this forgets them, hourly. */
@Component
class SessionCleanup {

    private final Sessions sessions;
    private final SessionLifetimes lifetimes;

    SessionCleanup(Sessions sessions, SessionLifetimes lifetimes) {
        this.sessions = sessions;
        this.lifetimes = lifetimes;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetEndedSessions() {
        sessions.deleteEnded(lifetimes);
    }
}
