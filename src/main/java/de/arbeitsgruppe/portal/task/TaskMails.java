package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.notification.Mailer;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands one piece of news about a task to each recipient as they chose: a mail at once, an entry of
 * the daily summary, or nothing. The caller has already marked the news as told on the task, so a
 * failure here is logged and never retried into a second mail.
 */
@Component
class TaskMails {

    private static final Logger log = LoggerFactory.getLogger(TaskMails.class);

    private final Mailer mailer;
    private final TaskMailSettings settings;
    private final TaskMailDigest digest;
    private final TaskLetters letters;

    TaskMails(Mailer mailer, TaskMailSettings settings, TaskMailDigest digest, TaskLetters letters) {
        this.mailer = mailer;
        this.settings = settings;
        this.digest = digest;
        this.letters = letters;
    }

    /**
     * @param occasion what makes this news unique for the task (the owner, the due date, the comment), so
     *     that the same news kept twice for the summary is one entry
     */
    void deliver(Task task, String occasion, List<TaskRecipients.Recipient> recipients,
            Function<TaskRecipients.Recipient, TaskLetters.Notice> notice) {
        for (var recipient : recipients) {
            try {
                switch (settings.timing(recipient.username(), recipient.kind())) {
                    case AT_ONCE -> mailer.sendAutomatically(task.getWorkingGroupId(),
                            letters.single(recipient, notice.apply(recipient)));
                    case DAILY_SUMMARY -> digest.keep(task, recipient, occasion, notice.apply(recipient));
                    case OFF -> log.debug("{} chose no mails of kind {}", recipient.username(), recipient.kind());
                }
            } catch (RuntimeException e) {
                log.warn("Mail about task {} ({}) to {} not sent", task.getId(), recipient.kind(), recipient.email(), e);
            }
        }
    }
}
