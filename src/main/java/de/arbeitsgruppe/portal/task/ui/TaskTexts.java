package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskOrigin;
import de.arbeitsgruppe.portal.task.TaskRepeat;
import java.time.LocalDate;
import java.util.ArrayList;

/** How the task pages name a task's owner, due date, origin and repetition, the same on each page. */
final class TaskTexts {

    private TaskTexts() {
    }

    /** "Clara Jobcenter (Jobcenter Musterstadt)" or "Jobcenter Musterstadt (ganze Organisation)". */
    static String owner(Component owner, Task task) {
        return task.isOwnedByOrganisation()
                ? owner.getTranslation("task.detail.ownerOrganisation", task.getOwnerOrganisationName())
                : owner.getTranslation("task.detail.ownerPerson", task.getOwnerName(), task.getOwnerOrganisationName());
    }

    /** The due date; an overdue one says so in words, not by colour alone. */
    static Span due(Component owner, Task task, LocalDate today) {
        if (!task.isOverdue(today)) {
            return new Span(task.dueText());
        }
        var due = new Span(owner.getTranslation("task.detail.dueOverdue", task.dueText()));
        due.addClassName("portal-gap");
        return due;
    }

    /** "Sitzung der Arbeitsgruppe am 24.11.2026, TOP „Datenaustausch“, Beschluss B-2026-03"; null for none. */
    static String origin(Component owner, TaskOrigin origin) {
        if (origin == null) {
            return null;
        }
        if (origin.isEvaluation()) {
            return owner.getTranslation("task.detail.originEvaluation", origin.getEvaluationTitle(), origin.getPointText());
        }
        var parts = new ArrayList<String>();
        parts.add(origin.getMeetingStart() == null ? origin.getMeetingTitle()
                : owner.getTranslation("task.detail.originMeeting", origin.getMeetingTitle(),
                        Formats.date(origin.getMeetingStart().atZone(Formats.ZONE).toLocalDate())));
        if (origin.getItemTitle() != null) {
            parts.add(owner.getTranslation("task.detail.originItem", origin.getItemTitle()));
        }
        if (origin.getDecisionNumber() != null) {
            parts.add(owner.getTranslation("task.detail.originDecision", origin.getDecisionNumber()));
        }
        return String.join(", ", parts);
    }

    /** The origin of a task in a list: a link to its place in the minutes, or nothing for a task given freely. */
    static Component originCell(Component owner, Task task) {
        return task.getOrigin() == null || (task.getOrigin().getMeetingId() == null && !task.getOrigin().isEvaluation()) ? new Span()
                : originLink(owner, task.getOrigin());
    }

    /** The origin as a link to its place in the minutes. */
    static Anchor originLink(Component owner, TaskOrigin origin) {
        if (origin.isEvaluation()) {
            return new Anchor("evaluation/" + origin.getEvaluationId(), origin(owner, origin));
        }
        var target = "termine/" + origin.getMeetingId() + "/protokoll"
                + (origin.getAgendaItemId() == null ? "" : "#top-" + origin.getAgendaItemId());
        return new Anchor(target, origin(owner, origin));
    }

    /** "Alle 2 Wochen", "Monatlich am 15.", "Vierteljährlich am 1."; null for a task done once. */
    static String repeat(Component owner, TaskRepeat repeat) {
        if (repeat == null) {
            return null;
        }
        return switch (repeat.getKind()) {
            case WEEKS -> repeat.getWeeks() == 1 ? owner.getTranslation("task.detail.repeatWeekly")
                    : owner.getTranslation("task.detail.repeatWeeks", repeat.getWeeks());
            case MONTHLY -> owner.getTranslation("task.detail.repeatMonthly", repeat.getDayOfMonth());
            case QUARTERLY -> owner.getTranslation("task.detail.repeatQuarterly", repeat.getDayOfMonth());
        };
    }
}
