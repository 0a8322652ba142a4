package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.meeting.Attendance;
import de.arbeitsgruppe.portal.meeting.Guest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.ui.Details;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What there is to know about a meeting, as label and value. Invitees are shown by name; ids the
 * user may not resolve (an entry not visible to them) are left out rather than shown raw.
 */
class MeetingFacts extends Details {

    /**
     * @param organisationName name of an organisation by id, or null
     * @param contactName name of a contact or mailbox by id, or null
     */
    void show(Meeting meeting, Function<String, String> organisationName, Function<String, String> contactName) {
        removeAll();
        show("meeting.form.type", getTranslation(meeting.getType().translationKey()));
        show("meeting.detail.when", MeetingTexts.when(meeting));
        show("meeting.form.place", meeting.getPlace());
        if (meeting.getOnlineLink() != null) {
            add(new Term(getTranslation("meeting.form.onlineLink")),
                    new Description(new Anchor(meeting.getOnlineLink(), meeting.getOnlineLink())));
        }
        var organiser = organisationName.apply(meeting.getOrganiserOrganisationId());
        show("meeting.detail.organiser", meeting.getOrganiserName() == null ? organiser
                : organiser == null ? meeting.getOrganiserName()
                : getTranslation("meeting.detail.organiserValue", meeting.getOrganiserName(), organiser));
        if (meeting.getType() == MeetingType.INTERFACE_TALK && meeting.getInterfaceTopic() != null) {
            show("meeting.form.interfaceTopic", getTranslation(meeting.getInterfaceTopic().translationKey()));
        }
        show("meeting.form.state", getTranslation(meeting.getState().translationKey()));
        show("meeting.form.visibility", getTranslation(meeting.getVisibility().translationKey()));
        show("meeting.form.description", meeting.getDescription());
        show("meeting.form.invitedOrganisations", names(meeting.getInvitedOrganisationIds(), organisationName));
        show("meeting.form.invitedContacts", names(meeting.getInvitedContactIds(), contactName));
        show("meeting.form.guests", meeting.getGuests().stream().map(this::guest).collect(Collectors.joining("; ")));
        show("meeting.form.informedContacts", names(meeting.getInformedContactIds(), contactName));
        showAttendance(meeting, contactName);
    }

    private void showAttendance(Meeting meeting, Function<String, String> contactName) {
        if (meeting.getAttendance().isEmpty()) {
            return;
        }
        Map<String, String> guestNames = meeting.getGuests().stream()
                .collect(Collectors.toMap(Guest::attendanceKey, Guest::getName, (a, b) -> a));
        Function<String, String> nameOf = key -> guestNames.containsKey(key) ? guestNames.get(key) : contactName.apply(key);
        var lines = new ArrayList<String>();
        for (Attendance state : Attendance.values()) {
            var who = meeting.getAttendance().entrySet().stream().filter(entry -> entry.getValue() == state)
                    .map(entry -> nameOf.apply(entry.getKey())).filter(Objects::nonNull).sorted().toList();
            if (!who.isEmpty()) {
                lines.add(getTranslation("meeting.detail.attendanceLine", getTranslation(state.translationKey()),
                        who.size(), String.join(", ", who)));
            }
        }
        show("meeting.detail.attendance", String.join("; ", lines));
    }

    private String guest(Guest guest) {
        return guest.getOrganisation() == null
                ? getTranslation("meeting.detail.guest", guest.getName(), guest.getEmail())
                : getTranslation("meeting.detail.guestWithOrganisation", guest.getName(), guest.getOrganisation(),
                        guest.getEmail());
    }

    private static String names(Collection<String> ids, Function<String, String> name) {
        return ids.stream().map(name).filter(Objects::nonNull).sorted().collect(Collectors.joining(", "));
    }
}
