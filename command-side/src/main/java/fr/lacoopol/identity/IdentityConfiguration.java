package fr.lacoopol.identity;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    /**
     * The access lookup is the guard of set-based rules: it runs synchronously with the command and its
     * failures (a duplicate e-mail) must fail the command, not be logged and skipped.
     */
    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(IdentityProjection.PROCESSING_GROUP);
        processing.registerListenerInvocationErrorHandler(IdentityProjection.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
