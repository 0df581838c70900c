package fr.lacoopol.demo;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;

/**
 * In the demo mode only: the notifications leave out what the demo data did. Its people are made up and have
 * joined already; there is nobody to write to. Outside the demo the handlers run with no such check.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "coopol.demo", havingValue = "true")
class DemoMailSilence {

    static final String NOTIFICATIONS = "mail-notifications";

    @Autowired
    void skipTheDemoDataInNotifications(EventProcessingConfigurer processing) {
        processing.registerHandlerInterceptor(NOTIFICATIONS, configuration -> (unitOfWork, chain) ->
                DemoActor.caused(unitOfWork.getMessage()) ? null : chain.proceed());
    }
}
