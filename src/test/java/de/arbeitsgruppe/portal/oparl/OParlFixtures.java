package de.arbeitsgruppe.portal.oparl;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.EditScope;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;

/** What the OParl tests do to the demo data, as the office does it in the portal. */
final class OParlFixtures {

    /** The demo's public employer information day. */
    static final String PUBLIC_EVENT_ID = "m-arbeitgeberinformationstag";

    private OParlFixtures() {
    }

    /** The office opens a meeting to the public or closes it again; the interface hears of it by event. */
    static void setVisibility(MeetingManagement meetings, String meetingId, Visibility visibility) {
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var meeting = meetings.find(meetingId).orElseThrow();
            meeting.setVisibility(visibility);
            meetings.update(meeting, EditScope.THIS);
        });
    }

    /** The office changes a meeting as the meeting form does. */
    static void change(MeetingManagement meetings, String meetingId, java.util.function.Consumer<Meeting> change) {
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> {
            var meeting = meetings.find(meetingId).orElseThrow();
            change.accept(meeting);
            meetings.update(meeting, EditScope.THIS);
        });
    }
}
