package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskRefused;
import de.arbeitsgruppe.portal.task.TaskReview.Outcome;
import de.arbeitsgruppe.portal.task.TaskReviews;

/**
 * What the session records for one task under "Stand der Aufgaben": unverändert, erledigt, verlängert
 * bis a date, or entfällt with a reason. The date and the reason show only when they are asked for; a
 * refusal of the row stands at its field.
 */
class ReviewChoice extends Div {

    enum Kind {
        UNCHANGED(null), DONE(Outcome.DONE), EXTENDED(Outcome.EXTENDED), DROPPED(Outcome.DROPPED);

        private final Outcome outcome;

        Kind(Outcome outcome) {
            this.outcome = outcome;
        }

        String labelKey() {
            return "protocol.taskReview.choice." + name().toLowerCase();
        }
    }

    final Select<Kind> kind = new Select<>();
    final DatePicker newDue = new DatePicker();
    final TextField reason = new TextField();
    private final Task task;

    ReviewChoice(Task task) {
        this.task = task;
        addClassName("protocol-review-choice");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(choice -> getTranslation(choice.labelKey()));
        kind.setValue(Kind.UNCHANGED);
        // the column names the field; the name says which task it is for
        kind.setAriaLabel(getTranslation("protocol.taskReview.choice.for", task.getTitle()));
        kind.addValueChangeListener(change -> showFields());
        newDue.setLabel(getTranslation("protocol.taskReview.newDue"));
        newDue.setAriaLabel(getTranslation("protocol.taskReview.newDue.for", task.getTitle()));
        DatePickers.localise(newDue, this);
        reason.setLabel(getTranslation("protocol.taskReview.reason"));
        reason.setAriaLabel(getTranslation("protocol.taskReview.reason.for", task.getTitle()));
        reason.setMaxLength(Task.MAX_REASON);
        add(kind, newDue, reason);
        showFields();
    }

    TaskReviews.Entry entry() {
        var chosen = kind.getValue() == null ? Kind.UNCHANGED : kind.getValue();
        return new TaskReviews.Entry(task.getId(), task.getVersion(), chosen.outcome,
                chosen == Kind.EXTENDED ? newDue.getValue() : null, chosen == Kind.DROPPED ? reason.getValue() : null);
    }

    boolean changed() {
        return kind.getValue() != null && kind.getValue() != Kind.UNCHANGED;
    }

    /** Takes over what was chosen in the row of the same task before the table was loaded anew. */
    void keep(ReviewChoice before) {
        kind.setValue(before.kind.getValue());
        newDue.setValue(before.newDue.getValue());
        reason.setValue(before.reason.getValue());
    }

    void show(TaskRefused refused) {
        var field = "due".equals(refused.field()) ? newDue : reason;
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
    }

    void clearRefusal() {
        newDue.setInvalid(false);
        reason.setInvalid(false);
    }

    private void showFields() {
        newDue.setVisible(kind.getValue() == Kind.EXTENDED);
        reason.setVisible(kind.getValue() == Kind.DROPPED);
    }
}
