package de.arbeitsgruppe.portal.task;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the task mails. When the jobs run is set by {@code portal.tasks.reminder-cron},
 * {@code portal.tasks.summary-cron} and {@code portal.tasks.recurring-cron} (see {@code TaskJobs}).
 *
 * @param address the portal's address as people reach it, for the links in mails written by jobs,
 *     where no browser request tells it ({@code PORTAL_TASKS_ADDRESS}), e.g. {@code https://portal.example.org}
 * @param reminderDays how many days before the due date the owner is reminded
 */
@ConfigurationProperties("portal.tasks")
public record TaskMailProperties(
        @DefaultValue("http://localhost:8080") String address,
        @DefaultValue("3") int reminderDays) {

    public TaskMailProperties {
        address = address == null ? "" : address.strip().replaceAll("/+$", "");
        if (reminderDays < 0) {
            throw new IllegalArgumentException("portal.tasks.reminder-days must not be negative");
        }
    }

    /** The page of the task. */
    String taskLink(String taskId) {
        return address + "/aufgaben/" + taskId;
    }

    /** The page where each person chooses how task mails reach them. */
    String settingsLink() {
        return address + "/aufgaben/benachrichtigungen";
    }
}
