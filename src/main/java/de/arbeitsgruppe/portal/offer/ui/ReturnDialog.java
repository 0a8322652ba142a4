package de.arbeitsgruppe.portal.offer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.arbeitsgruppe.portal.offer.Offer;
import java.util.function.Predicate;

/**
 * The office returns an offer to its provider with a reason, which the provider reads on the offer
 * and in a mail: without one the message stands next to the field and nothing is saved.
 */
class ReturnDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button cancel = new Button();

    /** @param giveBack returns the offer with the reason; true when done */
    ReturnDialog(String offerTitle, Predicate<String> giveBack) {
        setHeaderTitle(getTranslation("offer.return.title"));
        reason.setLabel(getTranslation("offer.return.reason"));
        reason.setHelperText(getTranslation("offer.return.help"));
        reason.setMaxLength(Offer.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        confirm.setText(getTranslation("offer.return.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                refuse(getTranslation("offer.validation.reason"));
            } else if (giveBack.test(reason.getValue())) {
                close();
            }
        });
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> close());
        add(new Paragraph(getTranslation("offer.return.text", offerTitle)), reason);
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 100%)");
    }

    void refuse(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
