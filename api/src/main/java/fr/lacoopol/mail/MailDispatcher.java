package fr.lacoopol.mail;

import fr.lacoopol.CoopolProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
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

    private final MailOutbox outbox;
    private final JavaMailSender sender;
    private final String from;
    private final int batch;

    /**
     * {@code batch} mails every dispatch interval: with the defaults, 200 a second at most. Sending costs the
     * application CPU (and, locally, the in-process SMTP server's): a section's message to thousands drains
     * in the background without starving the requests.
     */
    MailDispatcher(MailOutbox outbox, JavaMailSender sender, CoopolProperties properties,
                   @Value("${coopol.mail.batch-size:50}") int batch) {
        this.batch = batch;
        this.outbox = outbox;
        this.sender = sender;
        this.from = properties.mailFrom();
    }

    /**
     * Sends the claimed mails over one SMTP connection: one per mail costs a connection's round trips each
     * time, and a section's message makes thousands.
     */
    @Scheduled(fixedDelayString = "${coopol.mail.dispatch-interval-ms:250}")
    void dispatch() {
        Map<MimeMessage, MailOutbox.PendingMail> messages = new LinkedHashMap<>();
        for (MailOutbox.PendingMail mail : outbox.claim(batch)) {
            try {
                messages.put(message(mail), mail);
            } catch (MessagingException | UnsupportedEncodingException e) {
                refuse(mail, e);
            }
        }
        if (messages.isEmpty()) return;
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
