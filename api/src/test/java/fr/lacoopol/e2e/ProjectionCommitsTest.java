package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tracking processors' transactions commit without waiting for the disk (docs/adr/0004). That an answered
 * command is on disk is DurableAppendsTest's to prove: it fails without the forced synchronous commit.
 */
class ProjectionCommitsTest extends ApiTestSupport {

    @Autowired
    EventProcessingConfiguration processing;

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

    private String synchronousCommitWithin(TransactionManager transactions) {
        AtomicReference<String> setting = new AtomicReference<>();
        transactions.executeInTransaction(
                () -> setting.set(jdbc.queryForObject("SHOW synchronous_commit", String.class)));
        return setting.get();
    }
}
