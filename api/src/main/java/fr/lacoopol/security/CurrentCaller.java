package fr.lacoopol.security;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.errors.ForbiddenException;
import fr.lacoopol.ids.MemberId;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, as the security filter established it. Never taken from a body. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Optional<CallerAuthentication> authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof CallerAuthentication caller ? Optional.of(caller) : Optional.empty();
    }

    /** The viewer; the security chain guarantees one on every non-public path. */
    public static Viewer viewer() {
        return authentication().map(CallerAuthentication::viewer)
                .orElseThrow(() -> new IllegalStateException("no authenticated caller on a protected path"));
    }

    /** The calling member; the administrator is not a member and has no "me". */
    public static MemberId member() {
        Viewer viewer = viewer();
        if (!viewer.isMember()) throw new ForbiddenException("not_a_member", "réservé aux membres");
        return viewer.memberId();
    }

    /** What travels as the "actor" of commands and events (AUD-1). */
    public static Optional<String> actor() {
        return authentication().map(a -> a.viewer().administrator() ? "administrator" : a.viewer().memberId().value());
    }
}
