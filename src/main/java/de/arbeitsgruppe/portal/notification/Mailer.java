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
 * needs to mail on behalf of other roles widens the rule here.
 */
@Service
public class Mailer {

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
        var kept = outbox.save(new OutboxMail(user.workingGroupId(), user.username(), mail));
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
