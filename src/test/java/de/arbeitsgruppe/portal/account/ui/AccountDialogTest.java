package de.arbeitsgruppe.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Role;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "erik.admin", roles = "ADMIN")
class AccountDialogTest extends ViewTest {

    @Autowired
    AccountManagement accounts;
    @Autowired
    OrganisationManagement organisations;

    @Test
    void createsAnAccountThatThenAppearsInTheList() {
        var username = newUsername();
        var dialog = openNewAccountDialog();
        fill(dialog, username, "Sicheres-Passwort-1");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Gespeichert.");
        var view = (AccountsView) getCurrentView();
        var row = AccountsViewTest.rowOf(view, username);
        assertThat(view.list.getCellText(row, 1)).isEqualTo("Test Person");
        assertThat(view.list.getCellText(row, AccountsViewTest.ORGANISATION))
                .isEqualTo("Diakonisches Werk Musterstadt");
        assertThat(view.list.getCellText(row, AccountsViewTest.ROLE)).isEqualTo("Mitglied");
    }

    @Test
    void asksForNoPasswordWhenKeycloakKeepsThePasswords() {
        navigate(AccountsView.class);
        var given = new ArrayList<String>();
        var dialog = new AccountDialog(null, organisations.summaries(), false, (account, password) -> {
            given.add(password);
            return account;
        });
        dialog.open();
        roundTrip();
        test(dialog.username).setValue(newUsername());
        test(dialog.displayName).setValue("Test Person");
        test(dialog.role).selectItem("Mitglied");
        test(dialog.organisation).selectItem("Diakonisches Werk Musterstadt");

        test(dialog.save).click();

        assertThat(dialog.password.isVisible()).isFalse();
        assertThat(dialog.password.getParent()).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(given).containsExactly("");
    }

    @Test
    void showsTheMessageNextToThePasswordWhenItIsTooShortAndSavesNothing() {
        var username = newUsername();
        var dialog = openNewAccountDialog();
        fill(dialog, username, "kurz-1");

        test(dialog.save).click();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Das Passwort ist zu kurz: mindestens 12 Zeichen.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accounts.findAll()).extracting(Account::getUsername).doesNotContain(username);
    }

    @Test
    void showsTheMessageNextToThePasswordWhenItHasNoDigitOrSign() {
        var username = newUsername();
        var dialog = openNewAccountDialog();
        fill(dialog, username, "nurbuchstabenohneziffer");

        test(dialog.save).click();

        assertThat(dialog.password.getErrorMessage())
                .isEqualTo("Das Passwort braucht Buchstaben und mindestens eine Ziffer oder ein Sonderzeichen.");
        assertThat(accounts.findAll()).extracting(Account::getUsername).doesNotContain(username);
    }

    @Test
    void showsBereitsVergebenNextToTheUsernameWhenItIsTaken() {
        var dialog = openNewAccountDialog();
        fill(dialog, "bernd.agentur", "Sicheres-Passwort-1");

        test(dialog.save).click();

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("bereits vergeben");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accounts.findAll()).filteredOn(a -> a.getUsername().equals("bernd.agentur"))
                .singleElement().extracting(Account::getDisplayName).isEqualTo("Bernd Agentur");
    }

    @Test
    void explainsTheRuleNextToAnInvalidUsername() {
        var dialog = openNewAccountDialog();
        fill(dialog, "x!", "Sicheres-Passwort-1");

        test(dialog.save).click();

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage())
                .isEqualTo("3 bis 60 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Binde- oder Unterstrich.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void asksForTheOrganisationAndTheRoleBeforeSaving() {
        var username = newUsername();
        var dialog = openNewAccountDialog();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Test Person");
        test(dialog.password).setValue("Sicheres-Passwort-1");

        test(dialog.save).click();

        assertThat(dialog.organisation.isInvalid()).isTrue();
        assertThat(dialog.organisation.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(dialog.role.isInvalid()).isTrue();
        assertThat(dialog.role.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(accounts.findAll()).extracting(Account::getUsername).doesNotContain(username);
    }

    @Test
    void explainsTheFormatNextToAnInvalidEmailAddress() {
        var username = newUsername();
        var dialog = openNewAccountDialog();
        fill(dialog, username, "Sicheres-Passwort-1");
        test(dialog.email).setValue("kein-mail@");

        test(dialog.save).click();

        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage())
                .isEqualTo("Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.");
        assertThat(accounts.findAll()).extracting(Account::getUsername).doesNotContain(username);
    }

    @Test
    void changesTheNameAndRoleOfAnExistingAccountButNotItsLoginName() {
        var username = newUsername();
        accounts.create(new Account(username, "Alter Name", Role.MEMBER, "org-diakonie-musterstadt"),
                "Sicheres-Passwort-1");
        var view = navigate(AccountsView.class);
        var dialog = openEditDialog(view, username);

        assertThat(dialog.username.isReadOnly()).isTrue();
        assertThat(dialog.password.isVisible()).isFalse();
        test(dialog.displayName).setValue("Neuer Name");
        test(dialog.role).selectItem("Partner");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        var row = AccountsViewTest.rowOf(view, username);
        assertThat(view.list.getCellText(row, 1)).isEqualTo("Neuer Name");
        assertThat(view.list.getCellText(row, AccountsViewTest.ROLE)).isEqualTo("Partner");
    }

    @Test
    void showsAConflictInsteadOfOverwritingWhatAnotherAdminSavedInTheMeantime() {
        var username = newUsername();
        accounts.create(new Account(username, "Alter Name", Role.MEMBER, "org-diakonie-musterstadt"),
                "Sicheres-Passwort-1");
        var view = navigate(AccountsView.class);
        var dialog = openEditDialog(view, username);
        var theirs = stored(username);
        theirs.setDisplayName("Name von nebenan");
        accounts.update(theirs);

        test(dialog.displayName).setValue("Mein Name");
        test(dialog.save).click();

        assertThat(notifications()).singleElement().asString().startsWith("Jemand anderes hat diesen Eintrag");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(stored(username).getDisplayName()).isEqualTo("Name von nebenan");
    }

    private Account stored(String username) {
        return accounts.findAll().stream().filter(a -> a.getUsername().equals(username)).findFirst().orElseThrow();
    }

    private AccountDialog openEditDialog(AccountsView view, String username) {
        var cell = view.list.getCellComponent(AccountsViewTest.rowOf(view, username), AccountsViewTest.ACTIONS);
        test(find(Button.class, cell).withAriaLabel("Konto " + username + " bearbeiten").single()).click();
        return find(AccountDialog.class).single();
    }

    private AccountDialog openNewAccountDialog() {
        var view = navigate(AccountsView.class);
        test(view.create).click();
        return find(AccountDialog.class).single();
    }

    private void fill(AccountDialog dialog, String username, String password) {
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Test Person");
        test(dialog.role).selectItem("Mitglied");
        test(dialog.organisation).selectItem("Diakonisches Werk Musterstadt");
        test(dialog.password).setValue(password);
    }

    private static String newUsername() {
        return "test." + UUID.randomUUID().toString().substring(0, 8);
    }
}
