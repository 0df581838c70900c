package fr.lacoopol.security;

import fr.lacoopol.identity.Sessions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ended sessions open nothing (they are checked at every request); this forgets them, hourly. */
@Component
class SessionCleanup {

    private final Sessions sessions;

    SessionCleanup(Sessions sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetEndedSessions() {
        sessions.deleteEnded();
    }
}
