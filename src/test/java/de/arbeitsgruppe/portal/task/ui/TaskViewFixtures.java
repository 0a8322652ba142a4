package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import de.arbeitsgruppe.portal.task.internal.Tasks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tasks of the list's and the board's tests, given by the office. Each test's tasks are due in a
 * year of their own far ahead (or far back, for overdue ones), chosen with the due period, so tasks
 * of other tests never show.
 */
final class TaskViewFixtures {

    static final String AGENTUR = "org-agentur-musterstadt";
    static final String JOBCENTER = "org-jobcenter-musterstadt";
    private static final AtomicInteger YEARS = new AtomicInteger(ThreadLocalRandom.current().nextInt(2300, 2900));

    private final TaskManagement tasks;
    private final Tasks repository;
    final int year = YEARS.getAndIncrement();

    TaskViewFixtures(TaskManagement tasks, Tasks repository) {
        this.tasks = tasks;
        this.repository = repository;
    }

    /** A task of the organisation as a whole, due on that day of the test's year. */
    Task task(String title, String organisationId, int month, int day, TaskStatus status) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var task = new Task(title, LocalDate.of(year, month, day));
            task.setOwner(null, organisationId);
            var created = tasks.create(task);
            return status == TaskStatus.OPEN ? created
                    : tasks.changeStatus(created.getId(), created.getVersion(), status,
                            status == TaskStatus.DROPPED ? "Hat sich erledigt" : null);
        });
    }

    /** An open task that fell due on that day of a year long past (a new task cannot be given so). */
    Task overdue(String title, String organisationId, int month, int day) {
        var task = task(title, organisationId, month, day, TaskStatus.OPEN);
        task.setDue(pastDate(month, day));
        return repository.save(task);
    }

    LocalDate pastDate(int month, int day) {
        return LocalDate.of(year - 1000, month, day);
    }

    /** The address of the test's year on a page: {@code aufgaben?von=2345-01-01&bis=2345-12-31&…}. */
    String address(String path, String more) {
        return path + "?von=" + year + "-01-01&bis=" + year + "-12-31" + (more.isEmpty() ? "" : "&" + more);
    }

    /** Opens a page at an address with a query, as a bookmark or a shared link does. */
    static void open(String address) {
        var parts = address.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length > 1 ? QueryParameters.fromString(parts[1]) : QueryParameters.empty());
    }

    /** The addresses the page wrote into the browser's history since the last call, oldest first. */
    static List<String> addressesWritten() {
        var addresses = new ArrayList<String>();
        for (var invocation : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            var expression = invocation.getInvocation().getExpression();
            if (expression.contains("replaceState") || expression.contains("vaadin-navigate")) {
                invocation.getInvocation().getParameters().stream().filter(String.class::isInstance)
                        .map(String.class::cast).filter(parameter -> parameter.startsWith("aufgaben"))
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }
}
