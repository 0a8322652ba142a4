package de.arbeitsgruppe.portal.contact;

import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import java.util.Optional;

/** One line of the interface matrix; an empty part is a gap ("nicht benannt"). */
public record InterfaceRow(ContactInterface contactInterface, OrganisationSummary organisation,
        Optional<Contact> contact, Optional<Contact> deputy, Optional<Contact> mailbox) {
}
