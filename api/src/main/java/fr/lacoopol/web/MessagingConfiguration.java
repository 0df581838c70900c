package fr.lacoopol.web;

import fr.lacoopol.access.MessageOrigin;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every command and event carries (AUD-1): the acting member ("actor") and a correlation id. The actor
 * comes from the security context of the request that sends the command, never from its body; events copy
 * it, and the correlation id, from the command that caused them.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(MessageOrigin.ACTOR);
    }

    /** Axon's gateway, which also sends a command again after a concurrent change of its aggregate. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(new ConcurrentChangeRetry()).build();
    }
}
