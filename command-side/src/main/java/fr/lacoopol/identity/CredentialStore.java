package fr.lacoopol.identity;

import fr.lacoopol.ids.MemberId;

/**
 * Where password hashes live: never in an event. Written inside the command's transaction, so a password is
 * stored exactly when the event that accepts it is.
 */
public interface CredentialStore {

    void storePasswordHash(MemberId memberId, String passwordHash);

    /** Ends every session of the member (password changed or reset). */
    void endSessions(MemberId memberId);
}
