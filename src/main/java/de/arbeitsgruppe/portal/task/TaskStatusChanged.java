package de.arbeitsgruppe.portal.task;

/** A task's status changed, by its owner, the office or a session's "Stand der Aufgaben". */
public record TaskStatusChanged(String taskId, String workingGroupId, TaskStatus status) {
}
