package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import de.arbeitsgruppe.portal.shared.ui.Details;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.LocalDate;

/** A task's fields as its page shows them; empty ones are left out. */
class TaskFacts extends Details {

    void show(Task task, LocalDate today) {
        removeAll();
        if (task.getDescription() != null) {
            show("task.facts.description", multiLine(task.getDescription()));
        }
        show("task.facts.owner", TaskTexts.owner(this, task));
        show("task.facts.due", TaskTexts.due(this, task, today));
        show("task.facts.priority", getTranslation(task.getPriority().translationKey()));
        show("task.facts.status", getTranslation(task.getStatus().translationKey()));
        if (task.getStatus() == TaskStatus.DROPPED && task.getStatusReason() != null) {
            show("task.facts.statusReason", multiLine(task.getStatusReason()));
        }
        if (task.getOrigin() != null) {
            show("task.facts.origin", TaskTexts.originLink(this, task.getOrigin()));
        } else {
            show("task.facts.origin", getTranslation("task.detail.adHoc"));
        }
        if (task.getContactInterface() != null) {
            show("task.facts.contactInterface", getTranslation(task.getContactInterface().translationKey()));
        }
        if (task.getTopic() != null) {
            show("task.facts.topic", getTranslation(task.getTopic().translationKey()));
        }
        show("task.facts.visibility", getTranslation(task.getVisibility().translationKey()));
        show("task.facts.repeat", TaskTexts.repeat(this, task.getRepeat()));
    }

    private static Div multiLine(String text) {
        var shown = new Div(text);
        shown.getStyle().set("white-space", "pre-line");
        return shown;
    }

    private void show(String labelKey, Component value) {
        add(new Term(getTranslation(labelKey)), new Description(value));
    }
}
