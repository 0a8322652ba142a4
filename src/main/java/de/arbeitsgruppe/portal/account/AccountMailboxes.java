package de.arbeitsgruppe.portal.account;

import de.arbeitsgruppe.portal.account.internal.Accounts;
import de.arbeitsgruppe.portal.shared.Mailboxes;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Accounts as recipients of automatic mails. A deactivated account gets none: its owner left or lost
 * access, and a mail would point them to a portal they cannot open.
 */
@Component
class AccountMailboxes implements Mailboxes {

    private final Accounts accounts;

    AccountMailboxes(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Mailbox> ofAccount(String username) {
        return username == null ? Optional.empty()
                : accounts.findByUsername(username).filter(AccountMailboxes::reachable).map(AccountMailboxes::mailbox);
    }

    @Override
    public List<Mailbox> ofOrganisation(String workingGroupId, String organisationId) {
        return accounts.findByWorkingGroupIdAndOrganisationId(workingGroupId, organisationId).stream()
                .filter(AccountMailboxes::reachable).map(AccountMailboxes::mailbox).toList();
    }

    private static boolean reachable(Account account) {
        return account.isActive() && account.getEmail() != null;
    }

    private static Mailbox mailbox(Account account) {
        var name = account.getDisplayName() == null ? account.getUsername() : account.getDisplayName();
        return new Mailbox(account.getUsername(), name, account.getEmail());
    }
}
