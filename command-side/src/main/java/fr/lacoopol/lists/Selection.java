package fr.lacoopol.lists;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.InvalidValueException;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.LinkedHashSet;

/** The members a secretary selected in the roster for a list or a zone. */
final class Selection {

    static final int MAX = 10_000;

    private Selection() {
    }

    static void require(Set<MemberId> memberIds) {
        if (memberIds == null || memberIds.isEmpty()) {
            throw new InvalidValueException("memberIds", "choisis au moins un membre");
        }
        if (memberIds.size() > MAX) throw new InvalidValueException("memberIds", "au plus " + MAX + " membres à la fois");
    }

    /** In a stable order, so that the event reads the same whatever order the client sent. */
    static Set<MemberId> copy(Set<MemberId> memberIds) {
        TreeSet<MemberId> sorted = new TreeSet<>(Comparator.comparing(MemberId::value));
        sorted.addAll(memberIds);
        return new LinkedHashSet<>(sorted);
    }
}
