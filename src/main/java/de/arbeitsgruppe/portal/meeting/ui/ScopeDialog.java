package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.arbeitsgruppe.portal.meeting.EditScope;
import java.util.function.Consumer;

/**
 * Asks which dates of a series an action applies to: "Nur diesen Termin" (confirm) or "Diesen und
 * alle folgenden" (the second button); "Abbrechen" does nothing.
 */
class ScopeDialog extends ConfirmDialog {

    ScopeDialog(String header, String text, Consumer<EditScope> action) {
        setHeader(header);
        setText(text);
        setConfirmText(getTranslation(EditScope.THIS.translationKey()));
        setConfirmButtonTheme("primary");
        setRejectable(true);
        setRejectText(getTranslation(EditScope.FOLLOWING.translationKey()));
        setRejectButtonTheme("contrast");
        setCancelable(true);
        setCancelText(getTranslation("form.cancel"));
        // Lumo's blue tertiary text on the dialog's grey footer falls below 4.5:1
        setCancelButtonTheme("tertiary contrast");
        addConfirmListener(confirm -> action.accept(EditScope.THIS));
        addRejectListener(reject -> action.accept(EditScope.FOLLOWING));
    }
}
