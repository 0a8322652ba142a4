package de.arbeitsgruppe.portal.contact.internal;

import de.arbeitsgruppe.portal.contact.Contact;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Contacts extends MongoRepository<Contact, String> {

    Optional<Contact> findByIdAndWorkingGroupId(String id, String workingGroupId);

    Optional<Contact> findFirstByAccountUsernameAndWorkingGroupId(String username, String workingGroupId);

    List<Contact> findByOrganisationId(String organisationId);

    List<Contact> findByWorkingGroupId(String workingGroupId);

    List<Contact> findByWorkingGroupIdAndEmailIgnoreCase(String workingGroupId, String email);
}
