package fr.lacoopol.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.lacoopol.BackgroundPriority;
import jakarta.mail.util.StreamProvider;
import javax.sql.DataSource;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

    static {
        // Jakarta Mail looks its StreamProvider up for every header it parses or encodes, with a ServiceLoader
        // that reads every jar of the class path each time: in the packaged application, 23% of the CPU samples
        // while conversations were sent and their notifications delivered. Named here, it is one class lookup.
        System.getProperties().putIfAbsent(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }

    /** The API's own tables (the mail outbox), with a Flyway history of their own. */
    @Bean(initMethod = "migrate")
    Flyway apiSchemaMigration(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/api")
                .table("flyway_api_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /**
     * The single-machine default: a real SMTP server in the process, and IMAP beside it, where any password
     * opens the mailbox of any address — a developer or a test reads the e-mails with any mail client.
     */
    @Bean(destroyMethod = "stop")
    @ConditionalOnProperty(name = "coopol.mail.embedded", havingValue = "true")
    GreenMail embeddedMailServer(@Value("${spring.mail.port}") int smtpPort,
                                 @Value("${coopol.mail.imap-port:3143}") int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        // It stands in for the outside relay: its threads (one per connection) must not compete with requests.
        BackgroundPriority.startInBackground("embedded-mail", server::start);
        return server;
    }
}
