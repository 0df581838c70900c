package fr.lacoopol.organisation.web;

import fr.lacoopol.CoopolProperties;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.command.InviteMemberCommand;
import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** ACC-1: sends an invitation (a new single-use link, valid for the configured time; a resend replaces it). */
@Component
public class Invitations {

    private final CommandGateway commands;
    private final CoopolProperties properties;
    private final Clock clock;

    Invitations(CommandGateway commands, CoopolProperties properties, Clock clock) {
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    public void invite(MemberId member) {
        commands.sendAndWait(new InviteMemberCommand(member, UUID.randomUUID().toString(),
                clock.instant().plus(properties.invitationTtl())));
    }
}
