package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.notification.PortalMailProperties;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Who an invitation goes to and who sends it: invited contacts (their own address), invited
 * organisations (their general address), guests; each address once.
 */
@Component
class InvitationRecipients {

    private final ContactDirectory contacts;
    private final OrganisationManagement organisations;
    private final PortalMailProperties mail;

    InvitationRecipients(ContactDirectory contacts, OrganisationManagement organisations, PortalMailProperties mail) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.mail = mail;
    }

    /** The invitees of the meetings, those with an address first in the order they were invited. */
    Resolved of(Collection<Meeting> meetings) {
        return of(meetings, false);
    }

    /** Who receives the minutes: the invitees and, after them, the contacts only informed. */
    Resolved ofMinutes(Meeting meeting) {
        return of(List.of(meeting), true);
    }

    private Resolved of(Collection<Meeting> meetings, boolean withInformed) {
        var withAddress = new LinkedHashMap<String, Invitee>();
        var withoutAddress = new ArrayList<String>();
        var members = new HashMap<String, Boolean>();
        Predicate<String> member = organisationId -> members.computeIfAbsent(organisationId, id -> organisations.find(id)
                .map(organisation -> organisation.getMembership() == Membership.MEMBER).orElse(false));
        for (Meeting meeting : meetings) {
            var invitees = new ArrayList<Invitee>();
            meeting.getInvitedContactIds().forEach(id -> contacts.find(id).ifPresent(contact -> invitees.add(
                    new Invitee(contact.getName(), contact.getEmail(), member.test(contact.getOrganisationId())))));
            meeting.getInvitedOrganisationIds().forEach(id -> organisations.find(id).ifPresent(organisation -> invitees.add(
                    new Invitee(organisation.getName(), organisation.getEmail(),
                            organisation.getMembership() == Membership.MEMBER))));
            // guests come from outside the working group
            meeting.getGuests().forEach(guest -> invitees.add(new Invitee(guest.getName(), guest.getEmail(), false)));
            if (withInformed) {
                meeting.getInformedContactIds().forEach(id -> contacts.find(id).ifPresent(contact -> invitees.add(
                        new Invitee(contact.getName(), contact.getEmail(), member.test(contact.getOrganisationId())))));
            }
            for (Invitee invitee : invitees) {
                if (invitee.hasAddress()) {
                    withAddress.putIfAbsent(invitee.email().strip().toLowerCase(Locale.ROOT), invitee);
                } else if (!withoutAddress.contains(invitee.name())) {
                    withoutAddress.add(invitee.name());
                }
            }
        }
        return new Resolved(List.copyOf(withAddress.values()), withoutAddress);
    }

    Resolved of(Meeting meeting) {
        return of(List.of(meeting));
    }

    /** The organiser as the invitation names them; answers go to the organising organisation's mailbox. */
    Organiser organiser(Meeting meeting) {
        var organisation = organisations.find(meeting.getOrganiserOrganisationId());
        var organisationName = organisation.map(found -> found.getName()).orElse(null);
        var email = organisation.map(found -> found.getEmail()).filter(address -> address != null && !address.isBlank())
                .orElse(mail.from());
        var name = meeting.getOrganiserName() != null ? meeting.getOrganiserName()
                : organisationName != null ? organisationName : mail.fromName();
        return new Organiser(name, organisationName, email);
    }

    /** The organiser and the one recipient of a file: the answer (RSVP) needs no more. */
    Participants participants(Organiser organiser, Invitee recipient) {
        return new Participants(organiser.name(), organiser.email(),
                List.of(new Participants.Attendee(recipient.name(), recipient.email())));
    }

    record Resolved(List<Invitee> recipients, List<String> withoutAddress) {
    }

    /**
     * @param organisationName the organising organisation, or null if unknown
     * @param email where answers (and calendar replies) go
     */
    record Organiser(String name, String organisationName, String email) {

        /** "Clara Jobcenter (Jobcenter Musterstadt)". */
        String line() {
            return organisationName == null || organisationName.equals(name) ? name : name + " (" + organisationName + ")";
        }
    }
}
