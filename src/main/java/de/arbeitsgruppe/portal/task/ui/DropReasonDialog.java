package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskRefused;
import java.util.function.Function;

/**
 * Asks why a task is dropped ("entfällt") before it moves there: without a reason the message stands
 * next to the field and nothing is saved.
 */
class DropReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button cancel = new Button();

    private final Function<String, TaskRefused> drop;

    /** {@code drop}: saves with the reason; the rule it broke, or null when done. */
    DropReasonDialog(Task task, Function<String, TaskRefused> drop) {
        this.drop = drop;
        setHeaderTitle(getTranslation("task.board.drop.title"));
        reason.setLabel(getTranslation("task.board.drop.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Task.MAX_REASON);
        reason.setWidthFull();
        confirm.setText(getTranslation("task.board.drop.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> close());
        add(new Paragraph(getTranslation("task.board.drop.text", task.getTitle())), reason);
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 100%)");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                reason.focus();
            }
        });
    }

    void confirm() {
        var text = reason.getValue();
        if (text == null || text.isBlank()) {
            refuse("task.validation.reason");
            return;
        }
        var refused = drop.apply(text);
        if (refused == null) {
            close();
        } else {
            refuse(refused.messageKey());
        }
    }

    private void refuse(String messageKey) {
        reason.setErrorMessage(getTranslation(messageKey));
        reason.setInvalid(true);
        reason.focus();
    }
}
