package fr.lacoopol.web;

import fr.lacoopol.errors.DomainException;
import fr.lacoopol.security.CurrentCaller;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every command and event carries (AUD-1): the acting member ("actor") and a correlation id. The actor
 * comes from the security context of the request that sends the command, never from its body; events copy
 * it, and the correlation id, from the command that caused them.
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    static final String ACTOR = "actor";

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ACTOR);
    }

    private static CommandMessage<?> withActor(CommandMessage<?> command) {
        if (command.getMetaData().containsKey(ACTOR)) return command;
        Optional<String> actor = CurrentCaller.actor();
        return actor.isPresent() ? command.andMetaData(Map.of(ACTOR, actor.get())) : command;
    }

    @Autowired
    void registerInterceptors(CommandBus commandBus) {
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
