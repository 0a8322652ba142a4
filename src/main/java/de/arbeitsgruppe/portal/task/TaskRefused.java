package de.arbeitsgruppe.portal.task;

/**
 * A rule the form should have caught (a new task due in the past, "entfällt" without a reason): the
 * view shows the message next to the field it names, and nothing was saved.
 *
 * @see #field()
 */
public class TaskRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final String taskId;

    public TaskRefused(String field, String messageKey) {
        this(field, messageKey, null);
    }

    /** A rule broken in one row of a table of tasks ("Stand der Aufgaben"). */
    public TaskRefused(String field, String messageKey, String taskId) {
        super(field + ": " + messageKey + (taskId == null ? "" : " (" + taskId + ")"));
        this.field = field;
        this.messageKey = messageKey;
        this.taskId = taskId;
    }

    /** The task of the row, or null for a form of one task. */
    public String taskId() {
        return taskId;
    }

    /** The property of {@link Task} the rule is about, e.g. {@code due}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
