package de.arbeitsgruppe.portal.task.ui;

import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.task.Task;

/** Who a task can be given to: a contact person ({@code contactId} set) or a whole organisation. */
record OwnerChoice(String contactId, String organisationId, String name, String organisationName) {

    static OwnerChoice of(Contact contact) {
        return new OwnerChoice(contact.getId(), contact.getOrganisationId(), contact.getName(), contact.getOrganisationName());
    }

    static OwnerChoice of(OrganisationSummary organisation) {
        return new OwnerChoice(null, organisation.id(), organisation.name(), organisation.name());
    }

    /** The task's owner as the task names it, for an owner the lists do not reach. */
    static OwnerChoice of(Task task) {
        return new OwnerChoice(task.getOwnerContactId(), task.getOwnerOrganisationId(), task.getOwnerName(),
                task.getOwnerOrganisationName());
    }

    boolean isOrganisation() {
        return contactId == null;
    }

    boolean owns(Task task) {
        return isOrganisation() ? task.isOwnedByOrganisation() && organisationId.equals(task.getOwnerOrganisationId())
                : contactId.equals(task.getOwnerContactId());
    }
}
