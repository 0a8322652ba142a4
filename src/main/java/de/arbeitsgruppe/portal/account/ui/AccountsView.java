package de.arbeitsgruppe.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Admin: create accounts, change role and organisation, reset passwords, (de)activate, lift login locks. */
@Route("admin/konten")
@Menu(order = 90, icon = "vaadin:users", title = "accounts.title")
@RolesAllowed(Role.ADMIN_NAME)
public class AccountsView extends PortalView {

    final ResponsiveTable<Account> list = new ResponsiveTable<>(getTranslation("accounts.title"));
    final Button create = new Button();
    final Paragraph empty = new Paragraph();

    private final AccountManagement accounts;
    private final List<OrganisationSummary> organisations;
    private final Map<String, String> organisationNames;
    /** False in oidc mode: Keycloak keeps the passwords, so the portal neither asks for nor resets one. */
    private final boolean localPasswords;
    private Map<String, Instant> locks = Map.of();

    AccountsView(AccountManagement accounts, OrganisationManagement organisationManagement,
            PortalProperties properties) {
        this.accounts = accounts;
        this.localPasswords = !properties.isOidc();
        this.organisations = organisationManagement.summaries();
        this.organisationNames = organisations.stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        create.setText(getTranslation("accounts.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> open(new AccountDialog(null, organisations, localPasswords, this::createAccount)));
        configureGrid();
        empty.setText(getTranslation("accounts.empty"));
        add(create, list, empty);
        refresh();
    }

    private void configureGrid() {
        list.addColumn(getTranslation("account.username"), Account::getUsername);
        list.addColumn(getTranslation("account.displayName"), Account::getDisplayName);
        list.addColumn(getTranslation("account.organisation"), a -> organisationNames.getOrDefault(a.getOrganisationId(), ""));
        list.addColumn(getTranslation("account.role"), a -> getTranslation(a.getRole().translationKey()));
        list.addColumn(getTranslation("account.status"), this::status);
        list.addComponentColumn(getTranslation("accounts.actions"), this::actions);
    }

    private HorizontalLayout actions(Account account) {
        var edit = new Button(getTranslation("accounts.edit"),
                click -> open(new AccountDialog(account, organisations, localPasswords, this::updateAccount)));
        edit.setAriaLabel(getTranslation("accounts.edit.for", account.getUsername()));
        var reset = new Button(getTranslation("accounts.resetPassword"),
                click -> new PasswordResetDialog(account, accounts).open());
        reset.setAriaLabel(getTranslation("accounts.resetPassword.for", account.getUsername()));
        var toggle = new Button(getTranslation(account.isActive() ? "accounts.deactivate" : "accounts.activate"),
                click -> setActive(account, !account.isActive()));
        toggle.setAriaLabel(getTranslation(account.isActive() ? "accounts.deactivate.for" : "accounts.activate.for",
                account.getUsername()));
        reset.setVisible(localPasswords);
        var buttons = new HorizontalLayout(edit, reset, toggle);
        if (locks.containsKey(account.getUsername())) {
            var unlock = new Button(getTranslation("accounts.unlock"), click -> unlock(account));
            unlock.setAriaLabel(getTranslation("accounts.unlock.for", account.getUsername()));
            buttons.add(unlock);
        }
        buttons.getChildren().map(Button.class::cast)
                .forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        return buttons;
    }

    /** "aktiv", "deaktiviert", and for a locked account until when it is locked. */
    private String status(Account account) {
        var status = getTranslation(account.isActive() ? "account.active" : "account.inactive");
        var until = locks.get(account.getUsername());
        return until == null ? status : status + ", " + getTranslation("account.lockedUntil", Formats.dateTime(until));
    }

    private void unlock(Account account) {
        if (SaveFailures.attempt(this, () -> {
            accounts.unlock(account.getId());
            return account;
        }) != null) {
            Notices.success(getTranslation("accounts.unlocked", account.getUsername()));
            refresh();
        }
    }

    /** The list is read again when a dialog closes, so a failed save never leaves unsaved values in it. */
    private void open(AccountDialog dialog) {
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private Account createAccount(Account account, String password) {
        var saved = accounts.create(account, password);
        refresh();
        return saved;
    }

    private Account updateAccount(Account account, String ignoredPassword) {
        var saved = accounts.update(account);
        refresh();
        return saved;
    }

    private void setActive(Account account, boolean active) {
        var saved = SaveFailures.attempt(this, () -> accounts.setActive(account.getId(), active));
        if (saved != null) {
            Notices.success(getTranslation(active ? "accounts.activated" : "accounts.deactivated",
                    saved.getUsername()));
            refresh();
        }
    }

    void refresh() {
        var all = accounts.findAll();
        locks = accounts.lockedUntil();
        list.setItems(all);
        empty.setVisible(all.isEmpty());
    }


    @Override
    protected String titleKey() {
        return "accounts.title";
    }
}
