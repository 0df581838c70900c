package fr.lacoopol.mail;

import fr.lacoopol.CoopolProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, one message per recipient (no recipient ever sees another's address).
 * Logs name the mail's id, never its body: bodies hold single-use links.
 */
@Component
class MailDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final Duration DRAIN_FOR = Duration.ofSeconds(2);

    private final MailOutbox outbox;
    private final JavaMailSender sender;
    private final String from;
    private final int batch;

    /**
     * Up to {@code batch} mails over each SMTP connection. The dispatcher runs at the lowest priority (a scheduled
     * job, {@link fr.lacoopol.BackgroundPriority}): a section's message to thousands drains as fast as the relay
     * takes it, on what the requests leave of the CPU.
     */
    MailDispatcher(MailOutbox outbox, JavaMailSender sender, CoopolProperties properties,
                   @Value("${coopol.mail.batch-size:200}") int batch) {
        this.batch = batch;
        this.outbox = outbox;
        this.sender = sender;
        this.from = properties.mailFrom();
    }

    /**
     * Sends batch after batch while the outbox is full, for {@link #DRAIN_FOR} at most: the scheduler's thread is
     * shared with other jobs. A call that finds fewer than a batch leaves the rest to the next interval.
     */
    @Scheduled(fixedDelayString = "${coopol.mail.dispatch-interval-ms:250}")
    void dispatch() {
        long until = System.nanoTime() + DRAIN_FOR.toNanos();
        int claimed;
        do {
            claimed = sendBatch();
        } while (claimed == batch && System.nanoTime() < until);
    }

    /**
     * Sends the claimed mails over one SMTP connection (one per mail costs a connection's round trips each time)
     * and says how many were claimed.
     */
    private int sendBatch() {
        Map<MimeMessage, MailOutbox.PendingMail> messages = new LinkedHashMap<>();
        List<MailOutbox.PendingMail> claimed = outbox.claim(batch);
        for (MailOutbox.PendingMail mail : claimed) {
            try {
                messages.put(message(mail), mail);
            } catch (MessagingException | UnsupportedEncodingException e) {
                refuse(mail, e);
            }
        }
        if (messages.isEmpty()) return claimed.size();
        try {
            sender.send(messages.keySet().toArray(MimeMessage[]::new));
            outbox.sent(messages.values().stream().map(MailOutbox.PendingMail::mailId).toList());
        } catch (MailSendException e) {
            // Those the relay refused go back to the queue; the others are delivered.
            Map<Object, Exception> failed = e.getFailedMessages();
            List<String> delivered = new ArrayList<>();
            messages.forEach((message, mail) -> {
                Exception failure = failed.get(message);
                if (failure == null) delivered.add(mail.mailId());
                else refuse(mail, failure);
            });
            outbox.sent(delivered);
        } catch (MailException e) {
            messages.values().forEach(mail -> refuse(mail, e));
        }
        return claimed.size();
    }

    private MimeMessage message(MailOutbox.PendingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        InternetAddress platform = new InternetAddress(from);
        helper.setFrom(mail.senderName() == null ? platform
                : new InternetAddress(platform.getAddress(), mail.senderName(), StandardCharsets.UTF_8.name()));
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        if (mail.unsubscribeUrl() != null) {
            // RFC 2369 and RFC 8058: mail clients offer a one-click unsubscribe.
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    private void refuse(MailOutbox.PendingMail mail, Exception e) {
        LOG.warn("mail {} not delivered: {}", mail.mailId(), e.getClass().getSimpleName());
        outbox.refused(mail.mailId(), e.getClass().getSimpleName() + ": " + e.getMessage(), MAX_ATTEMPTS);
    }
}
