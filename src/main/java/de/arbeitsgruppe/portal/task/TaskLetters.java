package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.notification.OutgoingMail;
import de.arbeitsgruppe.portal.notification.OutgoingMail.Recipient;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The task mails' words, always German like every mail of the working group. Each notice names the
 * task, its owner, its due date and its origin and links to its page; the same notice is a mail of
 * its own or one entry of the daily summary.
 */
@Component
class TaskLetters {

    private final PortalTranslations translations;
    private final TaskMailProperties properties;

    TaskLetters(PortalTranslations translations, TaskMailProperties properties) {
        this.translations = translations;
        this.properties = properties;
    }

    /**
     * What one mail says about one task.
     *
     * @param intro the first sentence of a mail of its own
     * @param headline the same news as one line of the summary
     */
    record Notice(String subject, String intro, String headline, String details) {
    }

    Notice assigned(Task task, TaskRecipients.Recipient recipient) {
        var intro = recipient.kind() == TaskMailKind.ASSIGNED_TO_MY_ORGANISATION
                ? t("task.mail.assigned.organisation", task.getOwnerOrganisationName())
                : t("task.mail.assigned.me");
        return new Notice(t("task.mail.assigned.subject", task.getTitle()), intro,
                t("task.mail.assigned.headline", task.getTitle()), details(task, null));
    }

    Notice commented(Task task, TaskComment comment) {
        var author = author(comment);
        return new Notice(t("task.mail.commented.subject", task.getTitle()), t("task.mail.commented.intro", author),
                t("task.mail.commented.headline", author, task.getTitle()), details(task, comment));
    }

    Notice dueSoon(Task task) {
        return new Notice(t("task.mail.dueSoon.subject", task.dueText(), task.getTitle()),
                t("task.mail.dueSoon.intro", task.dueText()), t("task.mail.dueSoon.headline", task.dueText(), task.getTitle()),
                details(task, null));
    }

    Notice overdue(Task task) {
        return new Notice(t("task.mail.overdue.subject", task.getTitle()), t("task.mail.overdue.intro", task.dueText()),
                t("task.mail.overdue.headline", task.dueText(), task.getTitle()), details(task, null));
    }

    OutgoingMail single(TaskRecipients.Recipient recipient, Notice notice) {
        var parts = new ArrayList<String>(List.of(greeting(recipient.name()), notice.intro(), notice.details(),
                t("task.mail.closing")));
        if (recipient.username() != null) {
            parts.add(t("task.mail.settings.footer", properties.settingsLink()));
        }
        return new OutgoingMail(new Recipient(recipient.name(), recipient.email()), null, notice.subject(),
                String.join("\n\n", parts), List.of());
    }

    /** One mail with the day's entries, numbered, oldest first. */
    OutgoingMail summary(String name, String email, LocalDate day, List<TaskMailDigestEntry> entries) {
        var parts = new ArrayList<String>(List.of(greeting(name),
                t("task.mail.summary.intro", entries.size())));
        for (int i = 0; i < entries.size(); i++) {
            parts.add((i + 1) + ". " + entries.get(i).headline() + "\n" + entries.get(i).details());
        }
        parts.add(t("task.mail.closing"));
        parts.add(t("task.mail.settings.footer", properties.settingsLink()));
        return new OutgoingMail(new Recipient(name, email), null, t("task.mail.summary.subject", Formats.date(day)),
                String.join("\n\n", parts), List.of());
    }

    private String details(Task task, TaskComment comment) {
        var lines = new ArrayList<String>();
        lines.add(t("task.mail.line.title", task.getTitle()));
        lines.add(t("task.mail.line.owner", owner(task)));
        lines.add(t("task.mail.line.due", task.dueText()));
        lines.add(t("task.mail.line.origin", origin(task.getOrigin())));
        if (comment != null) {
            lines.add(t("task.mail.line.comment", author(comment)) + "\n" + comment.getText());
        }
        lines.add(t("task.mail.line.link", properties.taskLink(task.getId())));
        return String.join("\n", lines);
    }

    private String owner(Task task) {
        return task.isOwnedByOrganisation() ? t("task.mail.owner.organisation", task.getOwnerOrganisationName())
                : t("task.mail.owner.person", task.getOwnerName(), task.getOwnerOrganisationName());
    }

    private String origin(TaskOrigin origin) {
        if (origin != null && origin.isEvaluation()) {
            return t("task.mail.origin.evaluation", origin.getEvaluationTitle(), origin.getPointText());
        }
        if (origin == null || origin.getMeetingId() == null) {
            return t("task.mail.origin.none");
        }
        var parts = new ArrayList<String>();
        parts.add(t("task.mail.origin.meeting", origin.getMeetingTitle(),
                origin.getMeetingStart() == null ? "" : Formats.date(origin.getMeetingStart().atZone(Formats.ZONE).toLocalDate())));
        // mails reach partners too: an internal item's title stays in the minutes
        if (origin.getItemTitle() != null && origin.isPublicItem()) {
            parts.add(t("task.mail.origin.item", origin.getItemTitle()));
        }
        if (origin.getDecisionNumber() != null) {
            parts.add(t("task.mail.origin.decision", origin.getDecisionNumber()));
        }
        return String.join(", ", parts);
    }

    private String author(TaskComment comment) {
        return comment.getAuthorOrganisationName() == null || comment.getAuthorOrganisationName().isBlank()
                ? comment.getAuthorName() : t("task.mail.owner.person", comment.getAuthorName(), comment.getAuthorOrganisationName());
    }

    private String greeting(String name) {
        return name == null || name.isBlank() ? t("task.mail.greeting.anonymous") : t("task.mail.greeting", name);
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, PortalTranslations.GERMAN, params);
    }
}
