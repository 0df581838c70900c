package fr.lacoopol.web;

import fr.lacoopol.access.MessageOrigin;
import fr.lacoopol.errors.DomainException;
import fr.lacoopol.security.CurrentCaller;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Stamps commands with their actor, and carries domain refusals across Axon Server (see MessagingConfiguration). */
@Component
class CommandInterceptors {

    private static CommandMessage<?> withActor(CommandMessage<?> command) {
        Map<String, Object> added = new HashMap<>();
        Optional<String> actor = CurrentCaller.actor();
        if (!command.getMetaData().containsKey(MessageOrigin.ACTOR) && actor.isPresent()) {
            added.put(MessageOrigin.ACTOR, actor.get());
        }
        if (!command.getMetaData().containsKey(TRACE_ID)) {
            RequestCorrelation.current().ifPresent(id -> added.put(TRACE_ID, id));
        }
        return added.isEmpty() ? command : command.andMetaData(added);
    }

    /**
     * Axon's MessageOriginProvider gives every event the id of the message that caused it as
     * "correlationId", and carries the root's "traceId" along: the request's id, shared by all its commands.
     */
    private static final String TRACE_ID = "traceId";

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(messages -> (index, command) -> withActor(command));
        // Through Axon Server a handler's exception reaches the sender only as a CommandExecutionException;
        // a domain refusal travels in its details so the API answers the same in both modes.
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (DomainException e) {
                throw new CommandExecutionException(e.getMessage(), e,
                        new RemoteDomainError(ErrorHandling.statusOf(e).value(), e.code(), e.getMessage()));
            }
        });
    }
}
