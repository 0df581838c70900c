package fr.lacoopol.conversation.web;

import fr.lacoopol.organisation.web.NotSectionManagement;
import fr.lacoopol.conversation.command.StartConversationCommand;
import fr.lacoopol.conversation.query.Recipients;
import fr.lacoopol.conversation.query.SectionRecipientsQuery;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.ListId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.ids.ZoneId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * MSG-6 and LST-3: a section writes to selected members, a list, a zone or all its members. Its secretaries
 * (and its referent) may do all four; a zone's manager writes to their zone, and learns only how many it
 * reached (P6). The recipients never see each other; their replies go to the author only.
 */
@RestController
@Tag(name = "Messagerie", description = "conversations entre membres")
class SectionMessageController {

    record SectionMessage(List<String> memberIds, String listId, String zoneId, boolean everyone,
                          @NotBlank String subject, @NotBlank String body, boolean noReply) {
    }

    record Sent(String conversationId, int recipients) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;

    SectionMessageController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @NotSectionManagement(why = "a zone's manager writes to their zone too: SectionRecipientsQuery decides whom the author may reach")
    @PostMapping("/api/sections/{sectionId}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Écrire aux membres de la section, à une liste ou à une zone (MSG-6, LST-3)",
            description = "Exactement un de memberIds, listId, zoneId ou everyone. La réponse dit combien de membres "
                    + "le message atteint, jamais lesquels.")
    Sent send(@PathVariable String sectionId, @Valid @RequestBody SectionMessage request) {
        MemberId author = CurrentCaller.member();
        boolean selection = request.memberIds() != null && !request.memberIds().isEmpty();
        long audiences = Stream.of(selection, request.listId() != null, request.zoneId() != null, request.everyone())
                .filter(Boolean::booleanValue).count();
        if (audiences != 1) {
            throw new InvalidValueException("memberIds", "choisis exactement un de memberIds, listId, zoneId ou everyone");
        }
        SectionId section = new SectionId(sectionId);
        Recipients recipients = queries.query(new SectionRecipientsQuery(CurrentCaller.viewer(), section,
                selection ? request.memberIds().stream().map(MemberId::new).toList() : null,
                request.listId() == null ? null : new ListId(request.listId()),
                request.zoneId() == null ? null : new ZoneId(request.zoneId()), request.everyone()), Recipients.class).join();
        List<MemberId> to = recipients.memberIds().stream().filter(id -> !id.equals(author)).toList();
        if (to.isEmpty()) throw new RuleViolationException("no_recipients", "aucun membre actif à qui écrire");
        ConversationId id = ConversationId.random();
        commands.sendAndWait(new StartConversationCommand(id, UUID.randomUUID().toString(), author, to,
                request.subject(), request.body(), request.noReply(), section));
        return new Sent(id.value(), to.size());
    }
}
