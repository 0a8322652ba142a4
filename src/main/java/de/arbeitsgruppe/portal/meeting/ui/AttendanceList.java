package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.meeting.Attendance;
import de.arbeitsgruppe.portal.meeting.Guest;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One radio group per invited contact and guest: anwesend, entschuldigt, nicht erschienen. Each
 * group is labelled with the person's name, so screen readers say whose answer it is.
 */
class AttendanceList extends VerticalLayout {

    /** Invitee key (contact id or guest key) to the invitee's group, in the order shown. */
    final Map<String, RadioButtonGroup<Attendance>> groups = new LinkedHashMap<>();
    final Button allPresent = new Button();
    final Paragraph nobody = new Paragraph();

    private final ContactDirectory contacts;

    AttendanceList(ContactDirectory contacts) {
        this.contacts = contacts;
        setPadding(false);
        allPresent.setText(getTranslation("attendance.allPresent"));
        allPresent.addClickListener(click -> groups.values().stream().filter(RadioButtonGroup::isEmpty)
                .forEach(group -> group.setValue(Attendance.PRESENT)));
        nobody.setText(getTranslation("attendance.nobody"));
        nobody.addClassName("portal-empty");
    }

    void show(Meeting meeting) {
        removeAll();
        groups.clear();
        var invitees = new ArrayList<Invitee>();
        for (String id : meeting.getInvitedContactIds()) {
            var name = contacts.find(id).map(contact -> contact.getOrganisationName() == null ? contact.getName()
                            : getTranslation("attendance.contact", contact.getName(), contact.getOrganisationName()))
                    .orElseGet(() -> getTranslation("attendance.unknownContact"));
            invitees.add(new Invitee(id, name));
        }
        invitees.sort(Comparator.comparing(Invitee::name));
        for (Guest guest : meeting.getGuests()) {
            invitees.add(new Invitee(guest.attendanceKey(), guest.getOrganisation() == null
                    ? getTranslation("attendance.guest", guest.getName())
                    : getTranslation("attendance.guest.from", guest.getName(), guest.getOrganisation())));
        }
        for (Invitee invitee : invitees) {
            var group = new RadioButtonGroup<Attendance>(invitee.name());
            group.setItems(Attendance.values());
            group.setItemLabelGenerator(EnumLabels.of(this, Attendance::translationKey));
            group.setValue(meeting.getAttendance().get(invitee.key()));
            groups.put(invitee.key(), group);
            add(group);
        }
        if (invitees.isEmpty()) {
            add(nobody);
        } else {
            addComponentAsFirst(allPresent);
        }
    }

    /** The answers given; invitees without one are left out. */
    Map<String, Attendance> values() {
        var values = new HashMap<String, Attendance>();
        groups.forEach((key, group) -> {
            if (!group.isEmpty()) {
                values.put(key, group.getValue());
            }
        });
        return values;
    }

    List<String> names() {
        return groups.values().stream().map(RadioButtonGroup::getLabel).toList();
    }

    private record Invitee(String key, String name) {
    }
}
