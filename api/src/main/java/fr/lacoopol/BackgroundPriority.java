package fr.lacoopol;

import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests first: the work nobody waits for at that instant — the tracking processors (projections, e-mail
 * notifications), the event store's readers for them, the scheduled jobs (the mail dispatcher) — runs at
 * {@link Thread#MIN_PRIORITY}. When the processors are busy, a request's thread is then scheduled before
 * them; the processors catch up a little later and in bigger batches (docs/adr/0003-background-work-yields.md).
 *
 * <p>Java thread priorities reach Linux only when the JVM is started with {@code -XX:ThreadPriorityPolicy=1}
 * ({@code ./coopol up} and the Dockerfile do; see the README, "Operations"). Without it they change nothing.
 */
@Configuration(proxyBeanMethods = false)
public class BackgroundPriority {

    /**
     * Lowers a tracking processor's thread the first time it handles an event. Axon's tracking processors build
     * their threads themselves, and the properties that configure them (application.yml) name no thread
     * factory. A tracked event is one a tracking processor read from the store: the subscribing processor (the
     * access lookups) handles the command's own events on the request's thread, which keeps its priority.
     */
    @Bean
    ConfigurerModule backgroundEventProcessors() {
        MessageHandlerInterceptor<EventMessage<?>> lowerPriority = BackgroundPriority::lowerThenHandle;
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultHandlerInterceptor((configuration, processor) -> lowerPriority));
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer backgroundScheduledJobs() {
        return scheduler -> scheduler.setThreadPriority(Thread.MIN_PRIORITY);
    }

    /**
     * Runs {@code start} on a thread of the lowest priority, so that the threads it starts inherit that priority,
     * and waits for it; what it throws is thrown here.
     */
    public static void startInBackground(String name, Runnable start) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                start.run();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, name + "-start");
        starter.setPriority(Thread.MIN_PRIORITY);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + name, e);
        }
        if (failure.get() != null) throw failure.get();
    }

    private static Object lowerThenHandle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Thread current = Thread.currentThread();
        if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> && current.getPriority() != Thread.MIN_PRIORITY) {
            current.setPriority(Thread.MIN_PRIORITY);
        }
        return chain.proceed();
    }
}
