package fr.lacoopol;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tracking processors' transactions commit without waiting for the disk: PostgreSQL's
 * {@code synchronous_commit = off}, for those transactions only. A tracking processor's transaction writes what
 * the events say (read models, the mail outbox) together with its token. Should PostgreSQL crash, it loses at
 * most the last few hundred milliseconds of such commits, each whole — the rows with the token that covers them —
 * and always the latest ones: PostgreSQL never keeps a transaction and loses one it depended on. The processor
 * then reads those events again from its older token and writes the same rows (every projection handles an
 * event twice safely). Nothing outside the database learns of a lost commit first: the mail dispatcher marks a
 * mail as being sent in a synchronous commit before it talks to the SMTP server, which writes the outbox's row
 * to disk with everything before it.
 *
 * <p>The commands' transactions — the events appended, and the subscribing access lookup that runs inside them
 * — are answered only once on disk ({@code SerializedAppends}). Why, and what it was measured to save:
 * docs/adr/0004-projections-commit-asynchronously.md.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionCommits {

    static final String ASYNCHRONOUS_COMMIT = "SET LOCAL synchronous_commit TO OFF";

    /** Every processor application.yml runs in tracking mode gets the asynchronous transactions. */
    @Bean
    ConfigurerModule asynchronousProjectionCommits(EventProcessorProperties processors, JdbcTemplate jdbc) {
        return configurer -> configurer.eventProcessing(processing -> processors.getProcessors().forEach(
                (name, settings) -> {
                    if (settings.getMode() == EventProcessorProperties.Mode.TRACKING) {
                        processing.registerTransactionManager(name, configuration -> new AsynchronousCommits(
                                configuration.getComponent(TransactionManager.class), jdbc));
                    }
                }));
    }

    /** Starts the transaction as Spring does, then tells PostgreSQL not to wait for the disk at its commit. */
    record AsynchronousCommits(TransactionManager transactions, JdbcTemplate jdbc) implements TransactionManager {

        @Override
        public Transaction startTransaction() {
            Transaction transaction = transactions.startTransaction();
            try {
                jdbc.execute(ASYNCHRONOUS_COMMIT);
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
            return transaction;
        }
    }
}
