package de.arbeitsgruppe.portal.task;

/** Where a task stands: open and in progress count as open, done and dropped as closed. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public String translationKey() {
        return "task.status." + name().toLowerCase();
    }
}
