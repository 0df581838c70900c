package fr.lacoopol.conversation.web;

import fr.lacoopol.conversation.command.DeleteConversationForMemberCommand;
import fr.lacoopol.conversation.command.MarkConversationCommand;
import fr.lacoopol.conversation.command.ReplyCommand;
import fr.lacoopol.conversation.command.StartConversationCommand;
import fr.lacoopol.conversation.query.AlertsView;
import fr.lacoopol.conversation.query.ConversationPage;
import fr.lacoopol.conversation.query.ConversationView;
import fr.lacoopol.conversation.query.FindAlertsQuery;
import fr.lacoopol.conversation.query.FindConversationQuery;
import fr.lacoopol.conversation.query.ListConversationsQuery;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.ConversationId;
import fr.lacoopol.ids.MemberId;
import fr.lacoopol.member.InvalidValueException;
import fr.lacoopol.member.query.AutocompleteHits;
import fr.lacoopol.member.query.AutocompleteQuery;
import fr.lacoopol.member.query.VisibleMembers;
import fr.lacoopol.member.query.VisibleMembersQuery;
import fr.lacoopol.security.CurrentCaller;
import fr.lacoopol.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal messaging (MSG-1 to MSG-5), the recipient autocomplete (DIR-3) and the alert counters (NOT-2,
 * DASH-4). A member writes to members they may see (P4); a conversation answers only to its participants.
 */
@RestController
@Tag(name = "Messagerie", description = "conversations entre membres")
class ConversationController {

    /** Recipients per conversation a member starts; a section writes to more through its own endpoint. */
    private static final int MAX_RECIPIENTS = 200;

    record NewConversation(@NotEmpty @Size(max = MAX_RECIPIENTS) List<@NotBlank String> recipientIds,
                           @NotBlank String subject, @NotBlank String body, boolean noReply) {
    }

    record NewMessage(@NotBlank String body) {
    }

    record Selection(@NotEmpty @Size(max = 100) List<@NotBlank String> conversationIds) {
    }

    record Started(String conversationId, String messageId) {
    }

    record Posted(String messageId) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AlertsSeen alertsSeen;

    ConversationController(CommandGateway commands, QueryGateway queries, AlertsSeen alertsSeen) {
        this.commands = commands;
        this.queries = queries;
        this.alertsSeen = alertsSeen;
    }

    @PostMapping("/api/conversations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Écrire à un ou plusieurs membres (MSG-1, MSG-2, MSG-5)",
            description = "Plusieurs destinataires font une discussion : chaque réponse va à tous. noReply : une liste "
                    + "de diffusion, où les destinataires lisent sans répondre ni se voir. Seuls les membres que "
                    + "l'auteur peut voir peuvent être destinataires (sinon validation_failed sur recipientIds).")
    Started start(@Valid @RequestBody NewConversation request) {
        MemberId author = CurrentCaller.member();
        List<MemberId> recipients = request.recipientIds().stream().distinct().map(MemberId::new).toList();
        VisibleMembers visible = queries.query(new VisibleMembersQuery(CurrentCaller.viewer(), recipients),
                VisibleMembers.class).join();
        if (!visible.memberIds().containsAll(recipients)) {
            throw new InvalidValueException("recipientIds", "destinataire introuvable");
        }
        ConversationId id = ConversationId.random();
        String messageId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartConversationCommand(id, messageId, author, recipients, request.subject(),
                request.body(), request.noReply(), null));
        return new Started(id.value(), messageId);
    }

    @PostMapping("/api/conversations/{conversationId}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Répondre (MSG-1)", description = "Refusé dans une liste de diffusion (conversation_no_reply).")
    Posted reply(@PathVariable String conversationId, @Valid @RequestBody NewMessage request) {
        String messageId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReplyCommand(new ConversationId(conversationId), messageId, CurrentCaller.member(),
                request.body()));
        return new Posted(messageId);
    }

    @GetMapping("/api/me/conversations")
    @Operation(summary = "Boîte de réception ou messages envoyés (MSG-3)", description = "box = inbox (défaut) ou sent")
    ConversationPage boxes(@RequestParam(name = "box", defaultValue = "inbox") String box,
                           @RequestParam(name = "page", defaultValue = "0") int page,
                           @RequestParam(name = "size", defaultValue = "20") int size) {
        if (!box.equals("inbox") && !box.equals("sent")) throw new InvalidValueException("box", "box vaut inbox ou sent");
        CurrentCaller.member();
        Paging paging = Paging.of(page, size);
        return queries.query(new ListConversationsQuery(CurrentCaller.viewer(), box.equals("inbox"), paging.page(),
                paging.size()), ConversationPage.class).join();
    }

    @GetMapping("/api/conversations/{conversationId}")
    @Operation(summary = "Une conversation, ses messages dans l'ordre (MSG-3)")
    ConversationView conversation(@PathVariable String conversationId) {
        CurrentCaller.member();
        return queries.query(new FindConversationQuery(CurrentCaller.viewer(), new ConversationId(conversationId)),
                        ResponseTypes.optionalInstanceOf(ConversationView.class)).join()
                .orElseThrow(() -> new NotFoundException());
    }

    @PostMapping("/api/me/conversations/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Marquer comme lues (MSG-4)")
    void markRead(@Valid @RequestBody Selection selection) {
        MemberId member = CurrentCaller.member();
        ids(selection).forEach(id -> commands.sendAndWait(new MarkConversationCommand(id, member, true)));
    }

    @PostMapping("/api/me/conversations/unread")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Marquer comme non lues (MSG-4)")
    void markUnread(@Valid @RequestBody Selection selection) {
        MemberId member = CurrentCaller.member();
        ids(selection).forEach(id -> commands.sendAndWait(new MarkConversationCommand(id, member, false)));
    }

    @PostMapping("/api/me/conversations/delete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprimer pour moi (MSG-4)",
            description = "Les autres participants la gardent ; un nouveau message la fait revenir.")
    void delete(@Valid @RequestBody Selection selection) {
        MemberId member = CurrentCaller.member();
        ids(selection).forEach(id -> commands.sendAndWait(new DeleteConversationForMemberCommand(id, member)));
    }

    @GetMapping("/api/members/autocomplete")
    @Operation(summary = "Destinataires possibles (DIR-3) : coopains d'abord, puis la section, puis les membres visibles")
    AutocompleteHits autocomplete(@RequestParam(name = "q") String q,
                                  @RequestParam(name = "size", defaultValue = "10") int size) {
        CurrentCaller.member();
        if (size < 1 || size > 20) throw new InvalidValueException("size", "la taille va de 1 à 20");
        return queries.query(new AutocompleteQuery(CurrentCaller.viewer(), q, size), AutocompleteHits.class).join();
    }

    @GetMapping("/api/me/alerts")
    @Operation(summary = "Mes compteurs (NOT-2, DASH-4)",
            description = "Conversations non lues, demandes de coopains à traiter, invitations à des événements en "
                    + "attente, alertes d'événements non lues (les dernières listées), mes prochains rendez-vous, "
                    + "messages écrits sur mon mur depuis que j'ai lu mes alertes.")
    AlertsView alerts() {
        MemberId member = CurrentCaller.member();
        return queries.query(new FindAlertsQuery(CurrentCaller.viewer(), alertsSeen.seenUntil(member)), AlertsView.class)
                .join();
    }

    @PostMapping("/api/me/alerts/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Marquer comme lues mes alertes : événements, messages sur mon mur (NOT-2)")
    void alertsRead() {
        alertsSeen.markSeen(CurrentCaller.member());
    }

    private static List<ConversationId> ids(Selection selection) {
        return selection.conversationIds().stream().distinct().map(ConversationId::new).toList();
    }
}
