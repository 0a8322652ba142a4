package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.arbeitsgruppe.portal.contact.ConfirmationReminders;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ReminderRefused;
import de.arbeitsgruppe.portal.notification.MailStatus;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalAddress;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * "Erinnerung senden" for one entry of the list, with the date of the last reminder under it. Within
 * 14 days the button is disabled and the text says from when the next one is possible: a disabled
 * button cannot take focus, so the reason is text, not a tooltip.
 */
class ReminderCell extends Div {

    final Button send = new Button();
    final Span status = new Span();

    private final ConfirmationReminders reminders;
    private final Consumer<String> sent;
    private final Contact contact;

    ReminderCell(Contact contact, ConfirmationReminders reminders, Consumer<String> sent) {
        this.contact = contact;
        this.reminders = reminders;
        this.sent = sent;
        send.setText(getTranslation("reminder.send"));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        send.addClickListener(click -> send());
        status.setId("reminder-status-" + contact.getId());
        send.getElement().setAttribute("aria-describedby", status.getId().orElseThrow());
        add(send, new Div(status));
        show(contact.getReminderSentAt(), contact.getEmail() == null);
    }

    private void show(Instant lastSent, boolean noAddress) {
        var allowedAgain = lastSent == null || !Instant.now().isBefore(lastSent.plus(Contact.REMINDER_INTERVAL));
        send.setEnabled(!noAddress && allowedAgain);
        if (noAddress) {
            status.setText(getTranslation("reminder.noAddress"));
        } else if (lastSent == null) {
            status.setText(getTranslation("reminder.never"));
        } else if (allowedAgain) {
            status.setText(getTranslation("reminder.last", date(lastSent)));
        } else {
            status.setText(getTranslation("reminder.wait", date(lastSent),
                    date(lastSent.plus(Contact.REMINDER_INTERVAL))));
        }
    }

    private static String date(Instant instant) {
        return Formats.date(instant.atZone(Formats.ZONE).toLocalDate());
    }

    void send() {
        try {
            var status = SaveFailures.attempt(this, () -> reminders.send(contact.getId(), PortalAddress.current()));
            if (status == MailStatus.FAILED) {
                Notices.error(getTranslation("reminder.sent.failed", contact.getName()));
            } else if (status != null) {
                Notices.success(getTranslation("reminder.sent", contact.getName()));
                sent.accept(contact.getId());
            }
        } catch (ReminderRefused refused) {
            Notices.error(refused.noAddress() ? getTranslation("reminder.noAddress")
                    : getTranslation("reminder.refused", contact.getName(), date(refused.lastSent()),
                            date(refused.nextAllowed())));
            show(refused.lastSent(), refused.noAddress());
        }
    }
}
