package de.arbeitsgruppe.portal.task.ui;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.LocalDate;

/** Tasks of the page tests' own, given by the coordinator, so no test depends on the demo tasks. */
final class TaskPageFixtures {

    static final String CLARA = "c-jobcenter-clara";
    static final String JOBCENTER = "org-jobcenter-musterstadt";
    static final String AGENTUR = "org-agentur-musterstadt";

    private TaskPageFixtures() {
    }

    /** A task for a contact person ({@code contactId}) or, without one, for the whole organisation. */
    static Task give(TaskManagement tasks, String title, String contactId, String organisationId, LocalDate due,
            Visibility visibility) {
        return asCoordinator(() -> {
            var task = new Task(title, due);
            task.setOwner(contactId, organisationId);
            task.setVisibility(visibility);
            return tasks.create(task);
        });
    }

    static Task forClara(TaskManagement tasks, String title, LocalDate due) {
        return give(tasks, title, CLARA, null, due, Visibility.INTERNAL);
    }

    /** Moves the due date, as the office may, also into the past (a task that became overdue). */
    static Task dueOn(TaskManagement tasks, String id, LocalDate due) {
        return asCoordinator(() -> {
            var task = tasks.find(id).orElseThrow();
            task.setDue(due);
            return tasks.update(task);
        });
    }

    static Task status(TaskManagement tasks, String id, TaskStatus status, String reason) {
        return asCoordinator(() -> {
            var task = tasks.find(id).orElseThrow();
            return tasks.changeStatus(id, task.getVersion(), status, reason);
        });
    }

    static Task stored(TaskManagement tasks, String id) {
        return asCoordinator(() -> tasks.find(id).orElseThrow());
    }

    static <T> T asCoordinator(java.util.function.Supplier<T> action) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, action);
    }
}
