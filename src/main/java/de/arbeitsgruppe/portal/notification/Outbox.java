package de.arbeitsgruppe.portal.notification;

import de.arbeitsgruppe.portal.notification.internal.OutboxMails;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Limits;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The outbox of the admin's working group: every mail the portal wrote, newest first. */
@Service
public class Outbox {

    private final OutboxMails mails;
    private final MongoTemplate mongo;
    private final CurrentUser currentUser;
    private final ObjectProvider<JavaMailSender> mailSender;

    Outbox(OutboxMails mails, MongoTemplate mongo, CurrentUser currentUser, ObjectProvider<JavaMailSender> mailSender) {
        this.mails = mails;
        this.mongo = mongo;
        this.currentUser = currentUser;
        this.mailSender = mailSender;
    }

    /** The newest mails, without their attachments (read them with {@link #find}). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<OutboxMail> newest(int limit) {
        var query = new Query(Criteria.where("workingGroupId").is(currentUser.require().workingGroupId()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")).limit(Limits.pageSize(limit));
        query.fields().exclude("attachments");
        return mongo.find(query, OutboxMail.class);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<OutboxMail> find(String id) {
        return id == null ? Optional.empty() : mails.findByIdAndWorkingGroupId(id, currentUser.require().workingGroupId());
    }

    /** Whether mails are sent at all, or only kept here (no {@code spring.mail.host}). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean mailServerConfigured() {
        return mailSender.getIfAvailable() != null;
    }
}
