package fr.lacoopol.mail;

import fr.lacoopol.CoopolProperties;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
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

    MailDispatcher(MailOutbox outbox, JavaMailSender sender, CoopolProperties properties) {
        this.outbox = outbox;
        this.sender = sender;
        this.from = properties.mailFrom();
    }

    @Scheduled(fixedDelayString = "${coopol.mail.dispatch-interval-ms:250}")
    void dispatch() {
        for (MailOutbox.PendingMail mail : outbox.claim(50)) {
            try {
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
                sender.send(message);
                outbox.sent(mail.mailId());
            } catch (MailException | jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
                LOG.warn("mail {} not delivered: {}", mail.mailId(), e.getClass().getSimpleName());
                outbox.refused(mail.mailId(), e.getClass().getSimpleName() + ": " + e.getMessage(), MAX_ATTEMPTS);
            }
        }
    }
}
