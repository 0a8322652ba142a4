package de.arbeitsgruppe.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "erik.admin", roles = "ADMIN")
class AccountsViewTest extends ViewTest {

    static final int ORGANISATION = 2;
    static final int ROLE = 3;
    static final int STATUS = 4;
    static final int ACTIONS = 5;

    @Autowired
    AccountManagement accounts;
    @Autowired
    MongoTemplate mongo;

    @Test
    void listsTheDemoAccounts() {
        var view = navigate(AccountsView.class);

        var usernames = view.list.getItems().stream().map(Account::getUsername).toList();
        assertThat(usernames).contains("anna.koordination", "bernd.agentur", "clara.jobcenter", "dora.caritas",
                "erik.admin");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void showsOrganisationRoleAndStatusOfEachAccount() {
        var view = navigate(AccountsView.class);

        int row = rowOf(view, "dora.caritas");
        assertThat(view.list.getCellText(row, ORGANISATION)).isEqualTo("Caritasverband Musterstadt");
        assertThat(view.list.getCellText(row, ROLE)).isEqualTo("Partner");
        assertThat(view.list.getCellText(row, STATUS)).isEqualTo("aktiv");
    }

    @Test
    void deactivatesAndActivatesAnAccountAndShowsTheNewStatus() {
        var username = newAccount();
        var view = navigate(AccountsView.class);

        test(action(view, username, "Konto " + username + " deaktivieren"))
                .click();

        assertThat(view.list.getCellText(rowOf(view, username), STATUS)).isEqualTo("deaktiviert");
        assertThat(notifications()).contains("Das Konto " + username + " ist deaktiviert; offene Sitzungen enden.");

        test(action(view, username, "Konto " + username + " aktivieren")).click();

        assertThat(view.list.getCellText(rowOf(view, username), STATUS)).isEqualTo("aktiv");
        assertThat(notifications()).contains("Das Konto " + username + " ist wieder aktiv.");
    }

    @Test
    void showsUntilWhenALockedAccountIsLockedAndLiftsTheLock() {
        var username = newAccount();
        // 13:00 UTC is 14:00 in Berlin in winter
        mongo.getCollection("login_attempts").insertOne(new Document("_id", "account:" + username)
                .append("version", 0L).append("failures", List.of()).append("locks", 1)
                .append("lockedUntil", Date.from(Instant.parse("2099-11-24T13:00:00Z"))));
        var view = navigate(AccountsView.class);

        assertThat(view.list.getCellText(rowOf(view, username), STATUS))
                .isEqualTo("aktiv, gesperrt bis 24.11.2099, 14:00");

        test(action(view, username, "Sperre aufheben für " + username)).click();

        assertThat(view.list.getCellText(rowOf(view, username), STATUS)).isEqualTo("aktiv");
        assertThat(notifications()).contains("Die Sperre von " + username
                + " ist aufgehoben; die Anmeldung ist wieder möglich.");
        var cell = view.list.getCellComponent(rowOf(view, username), ACTIONS);
        assertThat(find(Button.class, cell).withAriaLabel("Sperre aufheben für " + username).all()).isEmpty();
    }

    @Test
    void doesNotLetTheAdminDeactivateTheirOwnAccount() {
        var view = navigate(AccountsView.class);

        test(action(view, "erik.admin", "Konto erik.admin deaktivieren")).click();

        assertThat(view.list.getCellText(rowOf(view, "erik.admin"), STATUS)).isEqualTo("aktiv");
        assertThat(notifications()).contains("Diese Seite oder dieser Eintrag ist für Ihr Konto nicht freigegeben.");
    }

    @Test
    void opensTheAccountDialogForANewAccount() {
        var view = navigate(AccountsView.class);

        test(view.create).click();

        var dialog = find(AccountDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Neues Konto");
        assertThat(dialog.password.isVisible()).isTrue();
    }

    @Test
    void opensThePasswordResetDialogForTheChosenAccount() {
        var view = navigate(AccountsView.class);

        test(action(view, "clara.jobcenter", "Passwort zurücksetzen für clara.jobcenter")).click();

        var dialog = find(PasswordResetDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Neues Passwort für clara.jobcenter");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void isNotOpenToCoordinators() {
        var view = navigate("admin/konten", ForbiddenView.class);

        assertThat(textOf(view)).contains("Kein Zugriff");
    }

    private String newAccount() {
        var username = "test." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Account(username, "Testperson " + username, Role.MEMBER, "org-diakonie-musterstadt"),
                "Sicheres-Passwort-1");
        return username;
    }

    static int rowOf(AccountsView view, String username) {
        var items = view.list.getItems();
        return IntStream.range(0, items.size()).filter(i -> items.get(i).getUsername().equals(username))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + username));
    }

    Button action(AccountsView view, String username, String ariaLabel) {
        var cell = view.list.getCellComponent(rowOf(view, username), ACTIONS);
        return find(Button.class, cell).withAriaLabel(ariaLabel).single();
    }
}
