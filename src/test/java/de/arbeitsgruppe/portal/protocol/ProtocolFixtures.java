package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.LocalDateTime;
import java.util.Set;

/** Meetings with minutes for the tests: a session held in the past, on a day of its own. */
public final class ProtocolFixtures {

    private ProtocolFixtures() {
    }

    /**
     * A session with an internal item, a public one and a third, invited: two member contacts, a guest,
     * and the Caritas (a partner organisation), held at the given time.
     */
    public static Meeting heldSession(MeetingManagement meetings, String title, LocalDateTime start) {
        var meeting = AgendaFixtures.meeting(title, start, 120,
                new AgendaItem("Fallzahlen Jobcenter", 30),
                new AgendaItem("Sprachkurse im Frühjahr", 30).markedPublic(),
                new AgendaItem("Verschiedenes", 10).markedPublic());
        meeting.setType(MeetingType.SESSION);
        meeting.setInvitedOrganisationIds(Set.of("org-caritas-musterstadt"));
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> meetings.create(meeting, null));
    }

    /** Puts the minutes into "Abstimmung" with the given deadline, as no page would for a past deadline. */
    public static void circulating(de.arbeitsgruppe.portal.protocol.internal.Protocols protocols, String meetingId,
            java.time.LocalDate deadline) {
        var protocol = protocols.findById(meetingId).orElseThrow();
        protocol.setState(ProtocolState.CIRCULATING);
        protocol.setCommentDeadline(deadline);
        protocols.save(protocol);
    }

    public static Protocol store(de.arbeitsgruppe.portal.protocol.internal.Protocols protocols, String meetingId,
            String workingGroupId, ProtocolState state) {
        return store(protocols, meetingId, workingGroupId, state, null);
    }

    /** Minutes in a given state, stored directly, for tests of the pages and feeds that link to them. */
    public static Protocol store(de.arbeitsgruppe.portal.protocol.internal.Protocols protocols, String meetingId,
            String workingGroupId, ProtocolState state, String approvedInMeetingId) {
        var protocol = new Protocol(meetingId, workingGroupId, java.time.Instant.now());
        protocol.setState(state);
        protocol.setApprovedInMeetingId(approvedInMeetingId);
        if (state == ProtocolState.APPROVED || state == ProtocolState.CORRECTING) {
            protocol.setApprovedAt(java.time.Instant.now());
            protocol.setCurrentVersion(1);
        }
        return protocols.save(protocol);
    }

    public static String item(Meeting meeting, int index) {
        return meeting.getAgenda().get(index).getId();
    }
}
