package de.arbeitsgruppe.portal.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * The due dates of a user's own tasks, for the personal calendar feed. Implemented by the task
 * module: the tasks depend on the meetings, so the meetings' feed learns of tasks only through this
 * interface.
 */
public interface DueDates {

    /** The route of a task's page, below the portal's address. */
    static String path(String taskId) {
        return "aufgaben/" + taskId;
    }

    /**
     * The open tasks of the user and of the user's organisation as a whole that the user may see,
     * due from {@code from} to {@code to} (both inclusive), by due date; a bounded number. For a user
     * known without a session, such as the owner of a personal calendar feed.
     */
    List<DueDate> of(PortalUser user, LocalDate from, LocalDate to);

    /**
     * One task's due date.
     *
     * @param id the task's id, stable while the task lives
     */
    record DueDate(String id, String title, LocalDate date) {

        public String path() {
            return DueDates.path(id);
        }
    }
}
