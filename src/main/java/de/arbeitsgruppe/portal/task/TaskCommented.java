package de.arbeitsgruppe.portal.task;

/**
 * Someone commented on a task.
 *
 * @param authorUsername who wrote it: they need no mail about their own comment
 */
public record TaskCommented(String taskId, String workingGroupId, String authorUsername, String text) {
}
