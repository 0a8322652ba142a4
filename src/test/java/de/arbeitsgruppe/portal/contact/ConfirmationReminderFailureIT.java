package de.arbeitsgruppe.portal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.notification.MailStatus;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** A reminder the mail server refused counts as not sent: the office may try again at once. */
@SpringBootTest
@ActiveProfiles("test")
class ConfirmationReminderFailureIT {

    @MockitoBean
    Mailer mailer;
    @Autowired
    ConfirmationReminders reminders;
    @Autowired
    ContactDirectory directory;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aRefusedMailDoesNotBlockTheNextReminderForFourteenDays() {
        when(mailer.send(any())).thenReturn(MailStatus.FAILED, MailStatus.SENT);
        var contact = new Contact(ContactKind.PERSON, "Fritz Fehlversand " + UUID.randomUUID(), "org-agentur-musterstadt");
        contact.setEmail("fritz@example.org");
        var id = asCoordinator(() -> directory.create(contact)).getId();

        assertThat(asCoordinator(() -> reminders.send(id, "https://portal.example"))).isEqualTo(MailStatus.FAILED);
        assertThat(mongo.findById(id, Contact.class).getReminderSentAt()).isNull();

        assertThat(asCoordinator(() -> reminders.send(id, "https://portal.example"))).isEqualTo(MailStatus.SENT);
        assertThat(mongo.findById(id, Contact.class).getReminderSentAt()).isNotNull();
        assertThat(mongo.findById(id, Contact.class).nextReminderAllowed()).isAfter(Formats.today().plusDays(13)
                .atStartOfDay(Formats.ZONE).toInstant());
    }

    private static <T> T asCoordinator(java.util.function.Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
