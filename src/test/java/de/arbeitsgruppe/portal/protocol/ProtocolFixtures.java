package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolVersions;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

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

    /**
     * A meeting partners may see, with a public item ("Bericht") and an internal one ("Personalien"),
     * its minutes started.
     */
    public static Meeting meetingWithMinutes(ApplicationContext context, String title) {
        var report = new AgendaItem("Bericht", 30);
        report.setPublicItem(true);
        var meeting = new Meeting(MeetingType.INTERFACE_TALK, title, null, null);
        var start = AgendaFixtures.farAhead();
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plusHours(2));
        meeting.setOrganiserOrganisationId("org-landkreis-musterstadt");
        meeting.setVisibility(Visibility.PARTNERS);
        meeting.setInvitedOrganisationIds(Set.of("org-caritas-musterstadt"));
        meeting.setAgenda(new ArrayList<>(List.of(report, new AgendaItem("Personalien", 15))));
        var created = context.getBean(MeetingManagement.class).create(meeting, null);
        context.getBean(ProtocolManagement.class).start(created.getId());
        return created;
    }

    /**
     * Freezes the minutes as they stand into the next approved version, as {@link ProtocolApproval}
     * does on approval and on each correction, but without the mails: those carry the PDF, whose
     * renderer need not be there for a page that lists versions.
     */
    public static ProtocolVersion approve(ApplicationContext context, String meetingId, String reason, String by) {
        var protocols = context.getBean(Protocols.class);
        var content = context.getBean(ProtocolApproval.class).current(meetingId).orElseThrow();
        var protocol = protocols.findById(meetingId).orElseThrow();
        var number = protocol.getCurrentVersion() + 1;
        var now = Instant.now();
        var frozen = new ProtocolContent(content.header(), content.attendance(), content.items(), number, now, null,
                reason, false);
        var version = context.getBean(ProtocolVersions.class)
                .save(new ProtocolVersion(protocol, number, reason, now, by, frozen));
        protocol.setState(ProtocolState.APPROVED);
        protocol.setCurrentVersion(number);
        if (number == 1) {
            protocol.setApprovedAt(now);
        }
        protocols.save(protocol);
        return version;
    }
}
