package de.arbeitsgruppe.portal.notification;

import de.arbeitsgruppe.portal.notification.internal.OutboxMails;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import jakarta.mail.MessagingException;
import java.io.UnsupportedEncodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Sends the portal's e-mails. Every mail is first kept in the outbox of the user's working group;
 * when a mail server is configured ({@code spring.mail.host}, which makes Spring Boot provide a
 * {@link JavaMailSender}) it is then handed to it. A refusal is logged and shown in the outbox,
 * never thrown at the user who triggered the mail.
 * <p>
 * Mails go out when coordinators and admins act (invitations and their updates). A module that
 * needs to mail on behalf of other roles widens the rule here. The portal's own automatic mails
 * (reminders, notices about tasks) go out with {@link #sendAutomatically}, without a user.
 */
@Service
public class Mailer {

    /** The author of automatic mails in the outbox. */
    public static final String PORTAL = "portal";

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final OutboxMails outbox;
    private final CurrentUser currentUser;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final PortalMailProperties properties;

    Mailer(OutboxMails outbox, CurrentUser currentUser, ObjectProvider<JavaMailSender> mailSender,
            PortalMailProperties properties) {
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /** Keeps the mail in the outbox and sends it if a mail server is configured. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public MailStatus send(OutgoingMail mail) {
        var user = currentUser.require();
        return deliver(new OutboxMail(user.workingGroupId(), user.username(), mail), mail);
    }

    /**
     * The portal's own mail, written by a scheduled job or an event listener: kept in the working
     * group's outbox with the author "portal" and sent like any other. It needs no logged-in user
     * because no user chooses anything here: the calling code decides from its own records who
     * receives what (a task's owner about that task), so whoever triggers it — a save, the clock —
     * can pick neither recipients nor content.
     */
    public MailStatus sendAutomatically(String workingGroupId, OutgoingMail mail) {
        if (workingGroupId == null || workingGroupId.isBlank()) {
            throw new IllegalArgumentException("an automatic mail belongs to a working group");
        }
        return deliver(new OutboxMail(workingGroupId, PORTAL, mail), mail);
    }

    private MailStatus deliver(OutboxMail outboxMail, OutgoingMail mail) {
        var kept = outbox.save(outboxMail);
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            return kept.getStatus();
        }
        try {
            var message = sender.createMimeMessage();
            MimeMails.write(message, mail, properties);
            sender.send(message);
            kept.sent();
        } catch (MailException | MessagingException | UnsupportedEncodingException | IllegalArgumentException e) {
            log.warn("Mail \"{}\" to {} not sent: {}", mail.subject(), kept.recipientList(), e.toString());
            kept.failed(reason(e));
        }
        return outbox.save(kept).getStatus();
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return cause == e || cause.getMessage() == null ? message : message + " (" + cause.getMessage() + ")";
    }
}
