package de.arbeitsgruppe.portal.task;

/** How a kind of task mail reaches a person: at once, in the daily summary, or not at all. */
public enum TaskMailTiming {
    AT_ONCE, DAILY_SUMMARY, OFF;

    public String translationKey() {
        return "task.mail.timing." + name().toLowerCase();
    }
}
