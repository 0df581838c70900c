package fr.lacoopol.web;

import fr.lacoopol.errors.DomainException;
import fr.lacoopol.security.CurrentCaller;
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
        if (command.getMetaData().containsKey(MessagingConfiguration.ACTOR)) return command;
        Optional<String> actor = CurrentCaller.actor();
        return actor.isPresent() ? command.andMetaData(Map.of(MessagingConfiguration.ACTOR, actor.get())) : command;
    }

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
