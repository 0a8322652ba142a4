package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.meeting.InvitationLetters.Letter;
import de.arbeitsgruppe.portal.meeting.InvitationRecipients.Organiser;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Attachment;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Sends one mail per recipient: nobody sees the others' addresses in the mail header, no one
 * answers to all, and the outbox shows per address whether the mail server took it.
 */
@Component
class InvitationDelivery {

    static final String REQUEST = "REQUEST";
    static final String CANCEL = "CANCEL";

    private final Mailer mailer;

    InvitationDelivery(Mailer mailer) {
        this.mailer = mailer;
    }

    static Attachment calendarFile(String fileName, String method, String calendar) {
        return new Attachment(fileName, Attachment.CALENDAR_TYPE + "; method=" + method + "; charset=UTF-8",
                calendar.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The calendar files of each recipient: made from the meetings as that recipient may see them
     * (partners and guests: public agenda items only), and naming only that recipient as attendee,
     * so that no file hands out the names and addresses of the other invitees.
     */
    static Function<Invitee, List<Attachment>> perRecipient(
            BiFunction<UnaryOperator<Meeting>, Invitee, List<Attachment>> files) {
        return invitee -> files.apply(invitee.internal() ? UnaryOperator.identity() : Meeting::withoutInternals, invitee);
    }

    InvitationResult deliver(List<Invitee> recipients, Organiser organiser, Function<Invitee, Letter> letters,
            Function<Invitee, List<Attachment>> attachments) {
        int sent = 0;
        int kept = 0;
        int failed = 0;
        var replyTo = new Recipient(organiser.name(), organiser.email());
        for (Invitee invitee : recipients) {
            var letter = letters.apply(invitee);
            var mail = new OutgoingMail(new Recipient(invitee.name(), invitee.email()), replyTo, letter.subject(),
                    letter.text(), attachments.apply(invitee));
            switch (mailer.send(mail)) {
                case SENT -> sent++;
                case NOT_SENT_NO_SERVER -> kept++;
                case FAILED -> failed++;
            }
        }
        return new InvitationResult(recipients.size(), sent, kept, failed);
    }
}
