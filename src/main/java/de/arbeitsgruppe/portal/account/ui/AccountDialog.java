package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.InvalidPasswordException;
import de.arbeitsgruppe.portal.account.PasswordPolicy;
import de.arbeitsgruppe.portal.account.UsernameTakenException;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import java.util.List;
import java.util.function.BiFunction;

/**
 * New account (with login name and, in local mode, its first password) or changes to an existing one.
 * In oidc mode Keycloak checks the password, so the dialog asks for none.
 */
class AccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<Role> role = new ComboBox<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    final BeanValidationBinder<Account> binder = new BeanValidationBinder<>(Account.class);

    private final Account account;
    private final boolean creating;
    private final BiFunction<Account, String, Account> action;

    AccountDialog(Account existing, List<OrganisationSummary> organisations, boolean localPasswords,
            BiFunction<Account, String, Account> action) {
        this.creating = existing == null;
        this.account = creating ? new Account() : existing;
        this.action = action;
        setHeaderTitle(getTranslation(creating ? "accounts.create" : "accounts.edit"));
        username.setLabel(getTranslation("account.username"));
        username.setReadOnly(!creating);
        username.setHelperText(getTranslation("account.username.help"));
        displayName.setLabel(getTranslation("account.displayName"));
        email.setLabel(getTranslation("account.email"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        role.setLabel(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(EnumLabels.of(this, Role::translationKey));
        organisation.setLabel(getTranslation("account.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        password.setLabel(getTranslation("account.password"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.setVisible(creating && localPasswords);
        binder.forField(username).asRequired(getTranslation("validation.required")).bind("username");
        binder.forField(displayName).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(role).bind("role");
        binder.forField(organisation).asRequired(getTranslation("validation.required"))
                .bind(a -> organisations.stream().filter(o -> o.id().equals(a.getOrganisationId())).findFirst()
                        .orElse(null), (a, o) -> a.setOrganisationId(o == null ? null : o.id()));
        binder.readBean(account);
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("form.cancel"), click -> close());
        var form = new FormLayout(username, displayName, email, role, organisation);
        if (password.isVisible()) {
            form.add(password);
        }
        add(form);
        getFooter().add(cancel, save);
    }

    void save() {
        if (!binder.writeBeanIfValid(account)) {
            return;
        }
        try {
            var saved = SaveFailures.attempt(this, () -> action.apply(account, password.getValue()));
            if (saved != null) {
                Notices.success(getTranslation("form.saved"));
                close();
            }
        } catch (InvalidPasswordException e) {
            password.setInvalid(true);
            password.setErrorMessage(getTranslation(e.translationKey(), PasswordPolicy.MIN_LENGTH));
        } catch (UsernameTakenException e) {
            username.setInvalid(true);
            username.setErrorMessage(getTranslation("account.username.taken"));
        }
    }
}
