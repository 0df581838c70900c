package fr.lacoopol.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

/** The local SMTP server's memory stays bounded: past the limit, it is emptied. */
class EmbeddedMailRetentionTest {

    @Test
    void pastTheLimitTheLocalServerIsEmptiedAndBelowItNothingIsLost() throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            EmbeddedMailRetention retention = new EmbeddedMailRetention(server, 3);
            for (int i = 0; i < 3; i++) GreenMailUtil.sendTextEmail("a" + i + "@exemple.fr", "b@exemple.fr", "s", "t",
                    server.getSmtp().getServerSetup());
            retention.bound();
            assertThat(server.getReceivedMessages()).hasSize(3);
            GreenMailUtil.sendTextEmail("a3@exemple.fr", "b@exemple.fr", "s", "t", server.getSmtp().getServerSetup());
            retention.bound();
            assertThat(server.getReceivedMessages()).isEmpty();
        } finally {
            server.stop();
        }
    }
}
