package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.account.InvalidPasswordException;
import de.arbeitsgruppe.portal.account.PasswordPolicy;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;

/** Admin sets a new password that the user then receives through another channel. */
class PasswordResetDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Button save = new Button();

    PasswordResetDialog(Account account, AccountManagement accounts) {
        setHeaderTitle(getTranslation("accounts.resetPassword.title", account.getUsername()));
        password.setLabel(getTranslation("account.newPassword"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                if (SaveFailures.attempt(this, () -> accounts.resetPassword(account.getId(), password.getValue())) != null) {
                    Notices.success(getTranslation("accounts.passwordReset", account.getUsername()));
                    close();
                }
            } catch (InvalidPasswordException e) {
                password.setInvalid(true);
                password.setErrorMessage(getTranslation(e.translationKey(), PasswordPolicy.MIN_LENGTH));
            }
        });
        add(password);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
    }
}
