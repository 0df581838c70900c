package fr.lacoopol.mail;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The in-process SMTP server keeps every message in the application's memory: past {@code max-messages}, it
 * is emptied, so that a development instance that sent a section's messages for hours keeps a bounded heap.
 * Production sends through a relay and has no such server.
 */
@Component
@ConditionalOnProperty(name = "coopol.mail.embedded", havingValue = "true")
class EmbeddedMailRetention {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailRetention.class);

    private final GreenMail server;
    private final int maxMessages;

    EmbeddedMailRetention(GreenMail server, @Value("${coopol.mail.embedded-max-messages:20000}") int maxMessages) {
        this.server = server;
        this.maxMessages = maxMessages;
    }

    @Scheduled(fixedDelayString = "PT1M")
    void bound() throws FolderException {
        int held = server.getManagers().getImapHostManager().getAllMessages().size();
        if (held > maxMessages) {
            server.purgeEmailFromAllMailboxes();
            LOG.info("the local mail server held {} messages: emptied", held);
        }
    }
}
