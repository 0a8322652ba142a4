package de.arbeitsgruppe.portal.task;

/** How urgent a task is; lists sort the high ones first among tasks due the same day. */
public enum TaskPriority {
    HIGH, NORMAL, LOW;

    public String translationKey() {
        return "task.priority." + name().toLowerCase();
    }
}
