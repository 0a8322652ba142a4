package de.arbeitsgruppe.portal.contact;

import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Whom do I call?": for each interface and each member authority on one of its sides, the named
 * contact, their deputy and the central mailbox. Missing ones stay visible as gaps.
 */
@Service
public class InterfaceMatrix {

    private final ContactDirectory directory;
    private final OrganisationManagement organisations;

    InterfaceMatrix(ContactDirectory directory, OrganisationManagement organisations) {
        this.directory = directory;
        this.organisations = organisations;
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public List<InterfaceRow> rows() {
        var members = organisations.summaries().stream()
                .filter(o -> o.membership() == Membership.MEMBER && o.kind().authoritySide() != null).toList();
        var rows = new ArrayList<InterfaceRow>();
        for (ContactInterface contactInterface : ContactInterface.values()) {
            for (var organisation : members) {
                if (!contactInterface.joins(organisation.kind().authoritySide())) {
                    continue;
                }
                var serving = directory.search(new ContactQuery(null, contactInterface, null, organisation.id()), 0, 200);
                Optional<Contact> person = primaryPerson(serving);
                Optional<Contact> deputy = person.map(Contact::getDeputyId).flatMap(directory::find);
                rows.add(new InterfaceRow(contactInterface, organisation, person, deputy,
                        first(serving, ContactKind.MAILBOX)));
            }
        }
        return rows;
    }

    /** The named contact: a person serving the interface who is not a colleague's deputy there. */
    private static Optional<Contact> primaryPerson(List<Contact> serving) {
        var deputies = serving.stream().map(Contact::getDeputyId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        var persons = serving.stream().filter(c -> c.getKind() == ContactKind.PERSON).toList();
        return first(persons.stream().filter(c -> !deputies.contains(c.getId())).toList(), ContactKind.PERSON)
                .or(() -> first(persons, ContactKind.PERSON));
    }

    private static Optional<Contact> first(List<Contact> contacts, ContactKind kind) {
        return contacts.stream().filter(c -> c.getKind() == kind)
                .min(Comparator.comparing(c -> c.getName().toLowerCase()));
    }
}
