package fr.lacoopol.coopain.postgres;

import static fr.lacoopol.readmodel.jooq.Tables.COOPAIN;

import fr.lacoopol.access.Viewer;
import fr.lacoopol.ids.MemberId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Who is whose coopain: what P4's {@code NETWORK} needs on every read path. */
@Component
public class CoopainGraph {

    private final DSLContext db;
    /**
     * {@link #coopainsOf}'s statement, rendered once: the directory asks it on every search, and rendering it each
     * time was two fifths of what the question cost the application.
     */
    private final String coopainsOfStatement;

    public CoopainGraph(DSLContext db) {
        this.db = db;
        this.coopainsOfStatement = db.render(db.select(COOPAIN.COOPAIN_ID).from(COOPAIN)
                .where(COOPAIN.MEMBER_ID.eq(DSL.param("member", String.class))));
    }

    public boolean areCoopains(Viewer viewer, MemberId other) {
        if (viewer == null || viewer.memberId() == null || other == null) return false;
        return db.fetchExists(COOPAIN, COOPAIN.MEMBER_ID.eq(viewer.memberId().value()).and(COOPAIN.COOPAIN_ID.eq(other.value())));
    }

    /** The viewer's coopains among these members. */
    public Set<String> coopainsAmong(Viewer viewer, Collection<String> memberIds) {
        if (viewer == null || viewer.memberId() == null || memberIds.isEmpty()) return Set.of();
        return new HashSet<>(db.select(COOPAIN.COOPAIN_ID).from(COOPAIN)
                .where(COOPAIN.MEMBER_ID.eq(viewer.memberId().value()).and(COOPAIN.COOPAIN_ID.in(memberIds)))
                .fetch(COOPAIN.COOPAIN_ID));
    }

    /** Every coopain of the viewer: the directory's filter for {@code NETWORK} profiles. */
    public Set<String> coopainsOf(Viewer viewer) {
        if (viewer == null || viewer.memberId() == null) return Set.of();
        return db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(coopainsOfStatement)) {
                statement.setString(1, viewer.memberId().value());
                Set<String> coopains = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) coopains.add(rows.getString(1));
                }
                return coopains;
            }
        });
    }

    public long countOf(MemberId member) {
        return db.fetchCount(COOPAIN, COOPAIN.MEMBER_ID.eq(member.value()));
    }
}
