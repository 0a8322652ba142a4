package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.task.Task;
import java.time.LocalDate;

/** How the list and the board name a task's owner, due date and origin. */
final class TaskTexts {

    private TaskTexts() {
    }

    /** "Clara Beispiel · Jobcenter Musterstadt", or the organisation as a whole. */
    static String owner(Component owner, Task task) {
        return task.isOwnedByOrganisation()
                ? owner.getTranslation("task.list.owner.organisation", task.getOwnerOrganisationName())
                : owner.getTranslation("task.list.owner.person", task.getOwnerName(), task.getOwnerOrganisationName());
    }

    /** The due date; an overdue task says so in words, not by colour alone. */
    static Span due(Component owner, Task task, LocalDate today) {
        var due = new Span(task.dueText());
        if (task.isOverdue(today)) {
            due.setText(owner.getTranslation("task.list.due.overdue", task.dueText()));
            due.addClassName("portal-flag");
        }
        return due;
    }

    /** The meeting the task was given in, linked, with the decision's number; nothing for a task given freely. */
    static Component origin(Component owner, Task task) {
        var origin = task.getOrigin();
        if (origin == null || origin.getMeetingId() == null) {
            return null;
        }
        var title = origin.getMeetingTitle() == null ? "" : origin.getMeetingTitle();
        var text = origin.getMeetingStart() == null ? title : owner.getTranslation("task.list.origin", title,
                Formats.date(origin.getMeetingStart().atZone(Formats.ZONE).toLocalDate()));
        if (origin.getDecisionNumber() != null) {
            text = owner.getTranslation("task.list.origin.decision", text, origin.getDecisionNumber());
        }
        return new Anchor("termine/" + origin.getMeetingId(), text);
    }
}
