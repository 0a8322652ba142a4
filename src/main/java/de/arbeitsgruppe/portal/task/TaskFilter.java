package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.Topic;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the list of all tasks shows. Every part is optional; an empty set of statuses means all.
 *
 * @param ownerContactId one person's tasks
 * @param meetingId tasks given in this meeting
 * @param overdue only open tasks due before today
 * @param dueFrom due on or after (inclusive)
 * @param dueTo due on or before (inclusive)
 */
public record TaskFilter(String organisationId, String ownerContactId, Set<TaskStatus> statuses, String meetingId,
        ContactInterface contactInterface, Topic topic, boolean overdue, LocalDate dueFrom, LocalDate dueTo,
        TaskSort sort, boolean descending) {

    public static final TaskFilter OPEN = new TaskFilter(null, null, EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS),
            null, null, null, false, null, null, TaskSort.DUE, false);
    public static final TaskFilter ALL = new TaskFilter(null, null, Set.of(), null, null, null, false, null, null,
            TaskSort.DUE, false);

    public TaskFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? TaskSort.DUE : sort;
    }

    public TaskFilter withStatuses(Set<TaskStatus> statuses) {
        return new TaskFilter(organisationId, ownerContactId, statuses, meetingId, contactInterface, topic, overdue,
                dueFrom, dueTo, sort, descending);
    }

    public TaskFilter withOrganisation(String organisationId) {
        return new TaskFilter(organisationId, ownerContactId, statuses, meetingId, contactInterface, topic, overdue,
                dueFrom, dueTo, sort, descending);
    }

    public TaskFilter withOverdue(boolean overdue) {
        return new TaskFilter(organisationId, ownerContactId, statuses, meetingId, contactInterface, topic, overdue,
                dueFrom, dueTo, sort, descending);
    }

    public TaskFilter sortedBy(TaskSort sort, boolean descending) {
        return new TaskFilter(organisationId, ownerContactId, statuses, meetingId, contactInterface, topic, overdue,
                dueFrom, dueTo, sort, descending);
    }
}
