package de.arbeitsgruppe.portal.overview.ui;

import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.shared.DueDates;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * "Meine Aufgaben": how many open tasks the user and their organisation have and how many are
 * overdue, the first few of them — overdue first, saying so in words — and the way to all of them.
 */
class MyTasksCard extends DashboardCard {

    /** One read, bounded: a person rarely has more; beyond that the sentence says "at least". */
    static final int READ = 100;
    static final int SHOWN = 5;

    MyTasksCard(TaskManagement tasks, LocalDate today) {
        super("aufgaben", "overview.tasks.title");
        var open = tasks.mine(EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), READ);
        if (open.isEmpty()) {
            empty(getTranslation("overview.tasks.empty"));
        } else {
            long overdue = open.stream().filter(task -> task.isOverdue(today)).count();
            say(getTranslation(open.size() >= READ ? "overview.tasks.summaryMany" : "overview.tasks.summary",
                    open.size(), overdue));
            open.stream().limit(SHOWN).forEach(task -> show(task, today));
        }
        onwards("aufgaben/meine", getTranslation("overview.tasks.all"));
    }

    private void show(Task task, LocalDate today) {
        var link = new Anchor(DueDates.path(task.getId()), task.getTitle());
        var due = task.isOverdue(today)
                ? detail(getTranslation("overview.tasks.overdue", Formats.date(task.getDue())), true)
                : detail(getTranslation("overview.tasks.due", Formats.date(task.getDue())), false);
        var status = detail(getTranslation(task.getStatus().translationKey()), false);
        if (task.isOwnedByOrganisation()) {
            item(link, due, status, detail(getTranslation("overview.tasks.organisation"), false));
        } else {
            item(link, due, status);
        }
    }
}
