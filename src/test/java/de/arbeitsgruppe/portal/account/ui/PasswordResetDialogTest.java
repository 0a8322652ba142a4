package de.arbeitsgruppe.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "erik.admin", roles = "ADMIN")
class PasswordResetDialogTest extends ViewTest {

    static final String FIRST_PASSWORD = "Erstes-Passwort-1";

    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void setsANewPasswordThatTheUserThenLogsInWith() {
        var username = newAccount();
        var dialog = openFor(username);
        test(dialog.password).setValue("Neues-Passwort-2026");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Das Passwort von " + username + " wurde geändert; andere offene Sitzungen des Kontos enden.");
        assertThat(passwordMatches(username, "Neues-Passwort-2026")).isTrue();
        assertThat(passwordMatches(username, FIRST_PASSWORD)).isFalse();
    }

    @Test
    void showsTheRuleNextToTheFieldAndKeepsTheOldPasswordWhenTheNewOneIsTooShort() {
        var username = newAccount();
        var dialog = openFor(username);
        test(dialog.password).setValue("kurz-2");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Das Passwort ist zu kurz: mindestens 12 Zeichen.");
        assertThat(passwordMatches(username, FIRST_PASSWORD)).isTrue();
    }

    @Test
    void explainsTheRuleInTheHelperTextBeforeTheAdminTypes() {
        var dialog = openFor(newAccount());

        assertThat(dialog.password.getLabel()).isEqualTo("Neues Passwort");
        assertThat(dialog.password.getHelperText()).isEqualTo(
                "Mindestens 12 Zeichen, mit Buchstaben und mindestens einer Ziffer oder einem Sonderzeichen.");
    }

    private PasswordResetDialog openFor(String username) {
        var view = navigate(AccountsView.class);
        var cell = view.list.getCellComponent(AccountsViewTest.rowOf(view, username), AccountsViewTest.ACTIONS);
        test(find(Button.class, cell).withAriaLabel("Passwort zurücksetzen für " + username).single()).click();
        return find(PasswordResetDialog.class).single();
    }

    private boolean passwordMatches(String username, String password) {
        return passwordEncoder.matches(password, userDetails.loadUserByUsername(username).getPassword());
    }

    private String newAccount() {
        var username = "test." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Account(username, "Testperson", Role.PARTNER, "org-diakonie-musterstadt"), FIRST_PASSWORD);
        return username;
    }
}
