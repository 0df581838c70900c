package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tracking processors' transactions commit without waiting for the disk; the commands' transactions, and the
 * subscribing access lookup that runs in them, wait (README, "Operations").
 */
class ProjectionCommitsTest extends ApiTestSupport {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TransactionManager commandTransactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void trackingProcessorsCommitAsynchronously() {
        for (String processor : new String[] {"member-profiles", "conversations", "member-directory-v1",
                "mail-notifications"}) {
            assertThat(synchronousCommitWithin(processing.transactionManager(processor))).as(processor)
                    .isEqualTo("off");
        }
    }

    @Test
    void commandsAndTheAccessLookupCommitSynchronously() {
        assertThat(synchronousCommitWithin(commandTransactions)).isEqualTo("on");
        assertThat(synchronousCommitWithin(processing.transactionManager("access-lookup")))
                .isEqualTo("on");
    }

    private String synchronousCommitWithin(TransactionManager transactions) {
        AtomicReference<String> setting = new AtomicReference<>();
        transactions.executeInTransaction(
                () -> setting.set(jdbc.queryForObject("SHOW synchronous_commit", String.class)));
        return setting.get();
    }
}
