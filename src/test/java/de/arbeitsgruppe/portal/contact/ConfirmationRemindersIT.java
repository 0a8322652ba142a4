package de.arbeitsgruppe.portal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.audit.FieldChange;
import de.arbeitsgruppe.portal.audit.AuditTrail;
import de.arbeitsgruppe.portal.notification.MailStatus;
import de.arbeitsgruppe.portal.notification.TestMailServer;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** "Erinnerung senden": a German mail with the link to confirm, at most once in 14 days per entry, on any node. */
@SpringBootTest
@ActiveProfiles("test")
class ConfirmationRemindersIT {

    private static final String PORTAL = "https://portal.example";

    @Autowired
    ConfirmationReminders reminders;
    @Autowired
    ContactDirectory directory;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AuditTrail trail;

    private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.register(registry);
    }

    @Test
    void mailsThePersonInGermanWithTheLinkToConfirmTheirEntry() {
        var name = "Rita Erinnerung " + suffix;
        var id = entry(name, "rita." + suffix + "@example.org", "rita-" + suffix);

        assertThat(asCoordinator(() -> reminders.send(id, PORTAL + "/"))).isEqualTo(MailStatus.SENT);

        var mails = TestMailServer.await(1, TestMailServer.about(name));
        assertThat(mails).hasSize(1);
        var mail = mails.getFirst();
        assertThat(mail.to()).containsExactly("rita." + suffix + "@example.org");
        // answers reach the office, not the portal's sender address
        assertThat(mail.replyTo()).containsExactly("koordination@landkreis-musterstadt.example");
        assertThat(mail.subject()).isEqualTo("Bitte prüfen Sie Ihren Eintrag im Koordinierungsportal: " + name);
        assertThat(mail.text()).startsWith("Guten Tag " + name + ",")
                .contains("Ihr Eintrag „" + name + "“ (Agentur für Arbeit Musterstadt)",
                        "zuletzt am " + Formats.date(Formats.today().minusYears(1)) + " bestätigt",
                        "„Alles korrekt – bestätigen“", PORTAL + "/ansprechpartner/bestaetigen\n",
                        "Anna Koordination");
    }

    @Test
    void putsTheEntryIntoTheMailOfAPersonWithoutAccount() {
        var name = "Olaf Ohnekonto " + suffix;
        var id = entry(name, "olaf." + suffix + "@example.org", null);

        asCoordinator(() -> reminders.send(id, PORTAL));

        var mail = TestMailServer.await(1, TestMailServer.about(name)).getFirst();
        assertThat(mail.text()).contains("Name oder Postfach: " + name + "\n", "Organisation: Agentur für Arbeit Musterstadt\n",
                "E-Mail: olaf." + suffix + "@example.org", "antworten Sie bitte der Geschäftsstelle")
                .doesNotContain(PORTAL);
    }

    @Test
    void refusesASecondReminderWithinFourteenDaysAndAllowsOneAfter() {
        var name = "Vera Zweimal " + suffix;
        var id = entry(name, "vera." + suffix + "@example.org", null);
        asCoordinator(() -> reminders.send(id, PORTAL));

        assertThatThrownBy(() -> SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> reminders.send(id, PORTAL)))
                .isInstanceOfSatisfying(ReminderRefused.class, refused -> {
                    assertThat(refused.noAddress()).isFalse();
                    assertThat(refused.nextAllowed()).isEqualTo(refused.lastSent().plus(Duration.ofDays(14)));
                });
        sentAgo(id, Duration.ofDays(13).plusHours(23));
        assertThatThrownBy(() -> asCoordinator(() -> reminders.send(id, PORTAL))).isInstanceOf(ReminderRefused.class);
        sentAgo(id, Duration.ofDays(14).plusMinutes(1));
        asCoordinator(() -> reminders.send(id, PORTAL));

        assertThat(TestMailServer.await(2, TestMailServer.about(name))).hasSize(2);
    }

    @Test
    void remindsAPersonOnceInFourteenDaysAlsoWhenTwoEntriesCarryTheirAddress() {
        var address = "doppelt." + suffix + "@example.org";
        var first = entry("Doris Doppelt " + suffix, address, null);
        var second = entry("Doris Doppelt (Vertretung) " + suffix, address.toUpperCase(), null);

        asCoordinator(() -> reminders.send(first, PORTAL));

        assertThatThrownBy(() -> asCoordinator(() -> reminders.send(second, PORTAL)))
                .isInstanceOfSatisfying(ReminderRefused.class, refused -> assertThat(refused.nextAllowed())
                        .isAfter(Instant.now().plus(Duration.ofDays(13))));
    }

    @Test
    void refusesAnEntryWithoutAddress() {
        var id = entry("Ohne Adresse " + suffix, null, null);

        assertThatThrownBy(() -> asCoordinator(() -> reminders.send(id, PORTAL)))
                .isInstanceOfSatisfying(ReminderRefused.class, refused -> assertThat(refused.noAddress()).isTrue());
    }

    @Test
    void recordsTheReminderInTheEntrysHistory() {
        var id = entry("Hanna Verlauf " + suffix, "hanna." + suffix + "@example.org", null);

        asCoordinator(() -> reminders.send(id, PORTAL));

        var history = asCoordinator(() -> trail.historyOf(Contact.class, id));
        assertThat(history.getFirst().actor().username()).isEqualTo(SignedIn.COORDINATOR);
        assertThat(history.getFirst().changes()).extracting(FieldChange::field).contains("contact.reminderSentAt");
    }

    /** An entry last confirmed a year ago. */
    private String entry(String name, String email, String username) {
        var id = asCoordinator(() -> {
            var contact = new Contact(ContactKind.PERSON, name, "org-agentur-musterstadt");
            contact.setEmail(email);
            contact.setAccountUsername(username);
            return directory.create(contact).getId();
        });
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                Update.update("lastConfirmed", Formats.today().minusYears(1)), Contact.class);
        return id;
    }

    /** As if the last reminder had gone out this long ago (another node, two weeks earlier). */
    private void sentAgo(String id, Duration ago) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                Update.update("reminderSentAt", Instant.now().minus(ago)), Contact.class);
    }

    private static <T> T asCoordinator(java.util.function.Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
