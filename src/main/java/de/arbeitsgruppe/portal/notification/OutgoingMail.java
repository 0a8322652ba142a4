package de.arbeitsgruppe.portal.notification;

import java.util.List;

/**
 * An e-mail as another module writes it: plain text, optionally with files such as an iCalendar
 * invitation. The sender is the portal's address ({@code portal.mail.from}).
 *
 * @param recipients who receives it (To), at least one
 * @param replyTo where answers go, e.g. the organiser; null for the sender address
 */
public record OutgoingMail(List<Recipient> recipients, Recipient replyTo, String subject, String text,
        List<Attachment> attachments) {

    public OutgoingMail {
        if (recipients == null || recipients.isEmpty()) {
            throw new IllegalArgumentException("a mail needs at least one recipient");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a mail needs a subject");
        }
        recipients = List.copyOf(recipients);
        text = text == null ? "" : text;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OutgoingMail(Recipient recipient, Recipient replyTo, String subject, String text, List<Attachment> attachments) {
        this(List.of(recipient), replyTo, subject, text, attachments);
    }

    /** A person or mailbox; the name may be empty. */
    public record Recipient(String name, String address) {

        public Recipient {
            if (address == null || address.isBlank()) {
                throw new IllegalArgumentException("a recipient needs an address");
            }
            address = address.strip();
            name = name == null ? "" : name.strip();
        }

        /** "Name <address>", as mail programs show it. */
        public String display() {
            return name.isEmpty() ? address : name + " <" + address + ">";
        }
    }

    /**
     * A file sent with the mail.
     *
     * @param contentType the full MIME type with its parameters, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}
     */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public static final String CALENDAR_TYPE = "text/calendar";

        public boolean isCalendar() {
            return contentType != null && contentType.toLowerCase().startsWith(CALENDAR_TYPE);
        }

        public int size() {
            return content == null ? 0 : content.length;
        }
    }
}
