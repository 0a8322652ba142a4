package de.arbeitsgruppe.portal.shared;

import java.util.List;
import java.util.Optional;

/**
 * Where the portal's automatic mails reach people with an account. Implemented by the account module,
 * so that a module mailing from a job or an event listener asks without depending on it, and without
 * anybody being logged in.
 */
public interface Mailboxes {

    /** The account's mail address, if it is active and has one. */
    Optional<Mailbox> ofAccount(String username);

    /** Every active account of the organisation in the working group that has a mail address. */
    List<Mailbox> ofOrganisation(String workingGroupId, String organisationId);

    /** A person with an account and the address their mails go to. */
    record Mailbox(String username, String name, String email) {
    }
}
