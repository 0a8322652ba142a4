package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.Invitee;
import de.arbeitsgruppe.portal.meeting.MeetingInvitations;
import de.arbeitsgruppe.portal.notification.MailStatus;
import de.arbeitsgruppe.portal.notification.Mailer;
import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Attachment;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolPdf;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.GroupContactProperties;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Sends minutes through the outbox, one mail per recipient, with the PDF attached: invitees and the
 * informed of the member organisations get the whole minutes, partners and guests the partner
 * version. Each PDF is made once per kind, not once per recipient. Always German, like the minutes.
 */
@Component
class ProtocolMailing {

    static final String PDF_TYPE = "application/pdf";

    private final MeetingInvitations invitations;
    private final Mailer mailer;
    private final PortalTranslations translations;
    private final GroupContactProperties groupContact;

    ProtocolMailing(MeetingInvitations invitations, Mailer mailer, PortalTranslations translations,
            GroupContactProperties groupContact) {
        this.invitations = invitations;
        this.mailer = mailer;
        this.translations = translations;
        this.groupContact = groupContact;
    }

    /**
     * The mails of minutes sent round for comments until the deadline. The PDFs are made and the
     * recipients found now; the mails go when the returned step runs, which tells how many were
     * handed to the mail server (or kept) and how many it refused. So a caller renders before it
     * changes anything, and a PDF that cannot be made changes nothing.
     */
    Supplier<MinutesDelivery> circulated(String meetingId, ProtocolContent draft, String link, java.time.LocalDate deadline) {
        var header = draft.header();
        return send(meetingId, draft, ProtocolPdf.render(draft), ProtocolPdf.render(draft.forPartners()),
                "protocol.mail.circulated.subject", "protocol.mail.circulated.text",
                link, content -> new Object[] {header.meetingTitle(), Formats.dateTime(header.start()),
                        Formats.date(deadline)});
    }

    /** The mails of an approved (or corrected) version with its PDFs; sent like {@link #circulated}. */
    Supplier<MinutesDelivery> approved(String meetingId, ProtocolContent version, byte[] pdf, byte[] partnerPdf,
            String link) {
        var header = version.header();
        var subject = version.version() == 1 ? "protocol.mail.approved.subject" : "protocol.mail.corrected.subject";
        var text = version.version() == 1 ? "protocol.mail.approved.text" : "protocol.mail.corrected.text";
        return send(meetingId, version, pdf, partnerPdf, subject, text, link, content -> new Object[] {header.meetingTitle(),
                Formats.dateTime(header.start()), content.version(), content.correctionReason()});
    }

    private Supplier<MinutesDelivery> send(String meetingId, ProtocolContent full, byte[] pdf, byte[] partnerVersionPdf,
            String subjectKey, String textKey, String link, Function<ProtocolContent, Object[]> parameters) {
        var fullPdf = attachment(full, pdf);
        var partnerPdf = attachment(full.forPartners(), partnerVersionPdf);
        var recipients = invitations.minutesRecipients(meetingId).stream().filter(Invitee::hasAddress).toList();
        var values = parameters.apply(full);
        return () -> {
            int sent = 0;
            int failed = 0;
            for (Invitee invitee : recipients) {
                var text = t("protocol.mail.greeting", invitee.name()) + "\n\n" + t(textKey, values) + "\n\n"
                        + t("protocol.mail.link", link) + "\n\n" + t("protocol.mail.closing");
                var status = mailer.send(new OutgoingMail(new Recipient(invitee.name(), invitee.email()),
                        new Recipient("", groupContact.email()), t(subjectKey, values), text,
                        List.of(invitee.internal() ? fullPdf : partnerPdf)));
                if (status == MailStatus.FAILED) {
                    failed++;
                } else {
                    sent++;
                }
            }
            return new MinutesDelivery(sent, failed);
        };
    }

    private static Attachment attachment(ProtocolContent content, byte[] pdf) {
        var name = content.version() == 0 ? "protokoll-entwurf.pdf" : "protokoll-fassung-" + content.version() + ".pdf";
        return new Attachment(content.partnerVersion() ? name.replace(".pdf", "-partner.pdf") : name, PDF_TYPE, pdf);
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, PortalTranslations.GERMAN, parameters);
    }

}
