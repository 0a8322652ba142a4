package de.arbeitsgruppe.portal.notification;

import de.arbeitsgruppe.portal.notification.OutgoingMail.Attachment;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import de.arbeitsgruppe.portal.shared.Verbatim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A mail in the outbox: what was written, when, by whom, and whether the mail server took it. */
@Verbatim
@Document("outbox")
@CompoundIndex(name = "group_created", def = "{'workingGroupId': 1, 'createdAt': -1}")
public class OutboxMail {

    static final int MAX_ERROR_LENGTH = 500;

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    private Instant createdAt;
    private String createdBy;
    private List<Recipient> recipients = new ArrayList<>();
    private Recipient replyTo;
    private String subject;
    private String text;
    private List<Attachment> attachments = new ArrayList<>();
    private MailStatus status = MailStatus.NOT_SENT_NO_SERVER;
    private Instant sentAt;
    private String error;

    OutboxMail() {
    }

    OutboxMail(String workingGroupId, String createdBy, OutgoingMail mail) {
        this.workingGroupId = workingGroupId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.recipients = new ArrayList<>(mail.recipients());
        this.replyTo = mail.replyTo();
        this.subject = mail.subject();
        this.text = mail.text();
        this.attachments = new ArrayList<>(mail.attachments());
    }

    void sent() {
        status = MailStatus.SENT;
        sentAt = Instant.now();
        error = null;
    }

    void failed(String reason) {
        status = MailStatus.FAILED;
        error = reason == null || reason.length() <= MAX_ERROR_LENGTH ? reason : reason.substring(0, MAX_ERROR_LENGTH) + "…";
    }

    /** The recipients as one line, "Name <address>, …". */
    public String recipientList() {
        return recipients.stream().map(Recipient::display).collect(Collectors.joining(", "));
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public List<Recipient> getRecipients() { return List.copyOf(recipients); }
    public Recipient getReplyTo() { return replyTo; }
    public String getSubject() { return subject; }
    public String getText() { return text; }
    public List<Attachment> getAttachments() { return attachments == null ? List.of() : List.copyOf(attachments); }
    public MailStatus getStatus() { return status; }
    public Instant getSentAt() { return sentAt; }
    public String getError() { return error; }
}
