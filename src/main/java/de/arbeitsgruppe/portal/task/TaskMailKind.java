package de.arbeitsgruppe.portal.task;

/** What a task mail is about; each person chooses per kind how it reaches them. */
public enum TaskMailKind {
    ASSIGNED_TO_ME, ASSIGNED_TO_MY_ORGANISATION, COMMENT_ON_MY_TASK, DUE_SOON, OVERDUE;

    /** A task given to the person themselves is always mailed: at once or in the summary, never not at all. */
    public boolean maySwitchOff() {
        return this != ASSIGNED_TO_ME;
    }

    public String translationKey() {
        return "task.mail.kind." + name().toLowerCase();
    }
}
