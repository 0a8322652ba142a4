package de.arbeitsgruppe.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The one question before a step that cannot simply be taken back: a question, optional details,
 * the confirming button, optionally a second way to go on ("Diesen und alle folgenden"), and a way
 * back. Escape and a click beside it count as the way back. A plain dialog rather than Vaadin's
 * ConfirmDialog: axe-core cannot tell the background of that one's footer and reports its cancel
 * button's contrast as too low.
 */
public class Confirmation extends Dialog {

    final Paragraph text = new Paragraph();
    final Div details = new Div();
    final Button confirm = new Button();
    final Button alternative = new Button();
    final Button cancel = new Button();

    private Runnable onCancel = () -> { };
    private boolean answered;

    public Confirmation(String header, String question, String confirmText, String cancelText, Runnable onConfirm) {
        setHeaderTitle(header);
        text.setText(question);
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> answer(onConfirm));
        alternative.setVisible(false);
        cancel.setText(cancelText);
        cancel.addClickListener(click -> answer(onCancel));
        addDialogCloseActionListener(close -> answer(onCancel));
        add(text, details);
        getFooter().add(cancel, alternative, confirm);
        setWidth("min(32rem, 100%)");
    }

    /** Facts the user should see before answering (old and new time, who will be told). */
    public Confirmation withDetails(Component... shown) {
        details.add(shown);
        return this;
    }

    /** A second way to go on, next to the confirming one. */
    public Confirmation withAlternative(String label, Runnable action) {
        alternative.setText(label);
        alternative.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        alternative.setVisible(true);
        alternative.addClickListener(click -> answer(action));
        return this;
    }

    /** What happens when the user goes back (e.g. a dragged entry returns to its place). */
    public Confirmation onCancel(Runnable action) {
        this.onCancel = action;
        return this;
    }

    /** The confirming button warns: the step deletes or ends something. */
    public Confirmation dangerous() {
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return this;
    }

    public String getQuestion() {
        return text.getText();
    }

    /** The details' texts, as shown. */
    public List<String> getDetailTexts() {
        return details.getChildren().map(shown -> shown.getElement().getTextRecursively()).toList();
    }

    /** As a click on the confirming button. */
    public void confirm() {
        confirm.click();
    }

    /** As a click on the second way to go on. */
    public void chooseAlternative() {
        alternative.click();
    }

    /** As a click on the way back. */
    public void cancel() {
        cancel.click();
    }

    private void answer(Runnable action) {
        if (answered) {
            return;
        }
        answered = true;
        close();
        action.run();
    }
}
