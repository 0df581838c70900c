package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo data's people have joined already: the notifications leave out what the demo data did. */
class DemoDataTest extends ApiTestSupport {

    @Test
    void theDemosPeopleReceivedNoInvitationNorNotificationOfTheDemosOwnDoings() {
        for (String person : new String[] {"albin.trois", "virginie.deux", "victor.martin", "sabine.un"}) {
            assertThat(mailbox(demo(person))).as(person)
                    .noneMatch(mail -> mail.subject().contains("invitation")
                            || mail.subject().equals("Victor Martin veut devenir ton coopain"));
        }
    }
}
