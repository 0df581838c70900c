package fr.lacoopol.moderation.web;

import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.member.query.FindMemberProfileQuery;
import fr.lacoopol.member.query.MemberProfileView;
import fr.lacoopol.security.CurrentCaller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** How the moderators' mails name the member who wrote to them or reported something: first and last name. */
final class CallerName {

    private CallerName() {
    }

    static String of(QueryGateway queries) {
        MemberProfileView profile = queries.query(new FindMemberProfileQuery(CurrentCaller.viewer(), CurrentCaller.member()),
                ResponseTypes.optionalInstanceOf(MemberProfileView.class)).join().orElseThrow(NotFoundException::new);
        return profile.firstName() + " " + profile.lastName();
    }
}
