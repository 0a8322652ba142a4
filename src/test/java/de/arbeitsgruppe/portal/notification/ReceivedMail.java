package de.arbeitsgruppe.portal.notification;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mail as it arrived at the test SMTP server, taken apart the way a mail program reads it.
 *
 * @param to the addresses in the To header
 * @param from the sender address
 * @param replyTo the Reply-To addresses
 * @param text the plain-text letter
 * @param calendar the text of the first {@code text/calendar} part, or null
 * @param calendarType that part's content type, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}
 * @param attachments the file names of the attachments
 * @param attachmentContents the bytes of the attachments, in the same order
 */
public record ReceivedMail(List<String> to, String from, List<String> replyTo, String subject, String text,
        String calendar, String calendarType, List<String> attachments, String mimeStructure,
        List<byte[]> attachmentContents) {

    /** The bytes of the attachment with this file name. */
    public byte[] attachment(String fileName) {
        var index = attachments.indexOf(fileName);
        if (index < 0) {
            throw new IllegalArgumentException("no attachment " + fileName + " in " + attachments);
        }
        return attachmentContents.get(index);
    }

    static ReceivedMail of(MimeMessage message) {
        try {
            var parts = new Parts();
            parts.walk(message, 0);
            return new ReceivedMail(addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getFrom()).getFirst(), addresses(message.getReplyTo()), message.getSubject(),
                    parts.text, parts.calendar, parts.calendarType, List.copyOf(parts.attachments),
                    parts.structure.toString(), List.copyOf(parts.contents));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of()
                : Arrays.stream(addresses).map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    private static final class Parts {
        String text;
        String calendar;
        String calendarType;
        final List<String> attachments = new ArrayList<>();
        final List<byte[]> contents = new ArrayList<>();
        final StringBuilder structure = new StringBuilder();

        void walk(Part part, int depth) throws MessagingException, IOException {
            structure.append("  ".repeat(depth)).append(part.getContentType().replaceAll("\\s+", " ")).append('\n');
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i), depth + 1);
                }
                return;
            }
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachments.add(part.getFileName());
                try (InputStream in = part.getInputStream()) {
                    contents.add(in.readAllBytes());
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                // SMTP carries lines ending in CR LF; mail programs show plain lines
                text = content(part).replace("\r\n", "\n");
            } else if (part.isMimeType("text/calendar") && calendar == null) {
                calendar = content(part);
                calendarType = part.getContentType().replaceAll("\\s+", " ");
            }
        }

        private static String content(Part part) throws MessagingException, IOException {
            var content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
            try (InputStream in = (InputStream) content) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
