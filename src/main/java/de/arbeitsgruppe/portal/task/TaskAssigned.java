package de.arbeitsgruppe.portal.task;

/** A task was given to a person or an organisation: at creation, or to another owner later. */
public record TaskAssigned(String taskId, String workingGroupId) {
}
