package fr.lacoopol.member.command;

import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.PoliticalActivities;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** PRO-4. */
public record ChangePoliticalActivitiesCommand(
        @TargetAggregateIdentifier MemberId memberId,
        PoliticalActivities activities) {
}
