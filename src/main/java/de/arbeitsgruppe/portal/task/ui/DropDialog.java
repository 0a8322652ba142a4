package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.arbeitsgruppe.portal.task.Task;
import java.util.function.Predicate;

/**
 * "Entfällt" asks why: without a reason the message stands next to the field and nothing is saved.
 * The dialog stays open until the change is saved, so the reason survives a conflict or a refusal.
 */
class DropDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button cancel = new Button();

    /** @param drop saves with the reason; true when done */
    DropDialog(String taskTitle, Predicate<String> drop) {
        setHeaderTitle(getTranslation("task.detail.drop.title"));
        reason.setLabel(getTranslation("task.facts.statusReason"));
        reason.setHelperText(getTranslation("task.detail.drop.help"));
        reason.setMaxLength(Task.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        confirm.setText(getTranslation("task.detail.drop.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                refuse(getTranslation("task.validation.reason"));
            } else if (drop.test(reason.getValue())) {
                close();
            }
        });
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> close());
        add(new Paragraph(getTranslation("task.detail.drop.text", taskTitle)), reason);
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 100%)");
    }

    void refuse(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
