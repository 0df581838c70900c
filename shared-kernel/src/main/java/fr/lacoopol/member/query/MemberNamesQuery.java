package fr.lacoopol.member.query;

import fr.lacoopol.ids.MemberId;
import java.util.List;

/**
 * The names of these members, for the platform's own use (a notification names its sender): never answered to a caller
 * of the API, whose reads go through a viewer.
 */
public record MemberNamesQuery(
        List<MemberId> memberIds) {
}
