package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A question before a step that cannot simply be taken back. A plain dialog rather than Vaadin's
 * ConfirmDialog: axe-core cannot tell the background of that one's footer and reports its cancel
 * button's contrast as too low.
 */
class Confirmation extends Dialog {

    final Paragraph text = new Paragraph();
    final Button confirm = new Button();
    final Button cancel = new Button();

    Confirmation(String header, String question, String confirmText, String cancelText, Runnable onConfirm) {
        setHeaderTitle(header);
        text.setText(question);
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            close();
            onConfirm.run();
        });
        cancel.setText(cancelText);
        cancel.addClickListener(click -> close());
        add(text);
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 100%)");
    }
}
