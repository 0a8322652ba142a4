package de.arbeitsgruppe.portal.notification;

import de.arbeitsgruppe.portal.notification.OutgoingMail.Attachment;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Writes an {@link OutgoingMail} into a MIME message the way calendar invitations usually travel
 * (as Google Calendar and Outlook send them):
 * <pre>
 * multipart/mixed
 *   multipart/alternative
 *     text/plain                               the letter
 *     text/calendar; method=REQUEST            read by Outlook, Thunderbird, Apple Mail: accept/decline buttons
 *   application/ics; name=einladung.ics        the same file as an attachment, for every other program
 * </pre>
 * The attached copy is {@code application/ics}, so that programs do not process the invitation twice.
 */
final class MimeMails {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    static final String ATTACHED_CALENDAR_TYPE = "application/ics";

    private MimeMails() {
    }

    static void write(MimeMessage message, OutgoingMail mail, PortalMailProperties sender)
            throws MessagingException, UnsupportedEncodingException {
        message.setFrom(new InternetAddress(sender.from(), sender.fromName(), UTF_8));
        message.setRecipients(Message.RecipientType.TO, mail.recipients().stream().map(MimeMails::address)
                .toArray(InternetAddress[]::new));
        if (mail.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {address(mail.replyTo())});
        }
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(new Date());
        if (mail.attachments().isEmpty()) {
            message.setText(mail.text(), UTF_8);
            return;
        }
        var letter = new MimeMultipart("alternative");
        var text = new MimeBodyPart();
        text.setText(mail.text(), UTF_8);
        letter.addBodyPart(text);
        var calendar = mail.attachments().stream().filter(Attachment::isCalendar).findFirst();
        if (calendar.isPresent()) {
            letter.addBodyPart(part(calendar.get(), calendar.get().contentType()));
        }
        var mixed = new MimeMultipart("mixed");
        var letterPart = new MimeBodyPart();
        letterPart.setContent(letter);
        mixed.addBodyPart(letterPart);
        for (Attachment attachment : mail.attachments()) {
            var type = attachment.isCalendar() ? ATTACHED_CALENDAR_TYPE : attachment.contentType();
            var part = part(attachment, type);
            part.setDisposition(Part.ATTACHMENT);
            part.setFileName(attachment.fileName());
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
    }

    private static MimeBodyPart part(Attachment attachment, String contentType) throws MessagingException {
        var part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), contentType)));
        part.setHeader("Content-Type", contentType);
        return part;
    }

    private static InternetAddress address(Recipient recipient) {
        try {
            var address = new InternetAddress(recipient.address(), recipient.name().isEmpty() ? null : recipient.name(), UTF_8);
            address.validate();
            return address;
        } catch (UnsupportedEncodingException | MessagingException e) {
            throw new IllegalArgumentException("not an e-mail address: " + recipient.address(), e);
        }
    }
}
