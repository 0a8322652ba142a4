package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Fills in who a task is given to from the contact directory or the organisations: the person's
 * organisation, names for the lists, login and mail address for the mails.
 */
@Component
class TaskOwners {

    private final ContactDirectory directory;
    private final OrganisationManagement organisations;

    TaskOwners(ContactDirectory directory, OrganisationManagement organisations) {
        this.directory = directory;
        this.organisations = organisations;
    }

    void fillIn(Task task) {
        if (task.getOwnerContactId() != null) {
            var contact = directory.find(task.getOwnerContactId())
                    .orElseThrow(() -> new AccessDeniedException("unknown contact"));
            task.assignTo(contact.getId(), contact.getOrganisationId(), contact.getOrganisationName(), contact.getName(),
                    contact.getAccountUsername(), contact.getEmail());
        } else if (task.getOwnerOrganisationId() != null) {
            var organisation = organisations.find(task.getOwnerOrganisationId())
                    .orElseThrow(() -> new AccessDeniedException("unknown organisation"));
            task.assignTo(null, organisation.getId(), organisation.getName(), null, null, null);
        } else {
            throw new TaskRefused("ownerOrganisationId", "task.validation.owner");
        }
    }
}
