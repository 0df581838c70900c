package fr.lacoopol.member;

import fr.lacoopol.files.FileStore;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.mail.TeamMessages;
import fr.lacoopol.member.command.EraseMemberCommand;
import fr.lacoopol.moderation.AbuseReports;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * GDPR-2: erasing a person, whoever asks (the member, or a secretary for someone who never activated an account).
 * The command destroys their key with its event (the event store, snapshots, dead letters and every replay then read
 * their personal fields as erased), and the projections empty their rows; here goes what lives outside events:
 * e-mails still waiting for them in the outbox (a delivered one keeps no address or body), their calendar link,
 * their messages and reports to the moderators, and their picture once nothing else shows it.
 */
@Component
public class Erasures {

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final FileStore files;
    private final TeamMessages teamMessages;
    private final AbuseReports reports;

    Erasures(CommandGateway commands, JdbcTemplate jdbc, FileStore files, TeamMessages teamMessages, AbuseReports reports) {
        this.commands = commands;
        this.teamMessages = teamMessages;
        this.reports = reports;
        this.jdbc = jdbc;
        this.files = files;
    }

    public void erase(MemberId member, SectionId bySecretaryOf) {
        // Read before the profile is emptied: where their e-mails go, which picture is theirs.
        List<Map<String, Object>> before = jdbc.queryForList(
                "SELECT email, avatar_sha256 FROM read_model.member_profile WHERE member_id = ?", member.value());
        commands.sendAndWait(new EraseMemberCommand(member, bySecretaryOf));
        jdbc.update("DELETE FROM calendar_feed WHERE member_id = ?", member.value());
        jdbc.update("DELETE FROM alerts_seen WHERE member_id = ?", member.value());
        teamMessages.eraseFrom(member);
        reports.eraseFrom(member);
        if (before.isEmpty()) return;
        String email = (String) before.get(0).get("email");
        if (email != null) jdbc.update("DELETE FROM mail_outbox WHERE recipient = ? AND state = 'PENDING'", email);
        String avatar = (String) before.get(0).get("avatar_sha256");
        if (avatar != null && !shownElsewhere(avatar.trim(), member)) files.delete(FileStore.Area.IMAGES, avatar.trim());
    }

    /** Pictures are stored once by content: another member, section, group, post or event may show the same one. */
    private boolean shownElsewhere(String sha256, MemberId member) {
        Long uses = jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM read_model.member_profile WHERE avatar_sha256 = ? AND member_id <> ?)
                     + (SELECT count(*) FROM read_model.section WHERE avatar_sha256 = ?)
                     + (SELECT count(*) FROM read_model.member_group WHERE avatar_sha256 = ?)
                     + (SELECT count(*) FROM read_model.post WHERE image_sha256 = ?)
                     + (SELECT count(*) FROM read_model.agenda_event WHERE image_sha256 = ?)""",
                Long.class, sha256, member.value(), sha256, sha256, sha256, sha256);
        return uses != null && uses > 0;
    }
}
