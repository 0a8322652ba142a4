package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolVersions;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * Minutes for the tests of pages and downloads: a meeting far ahead with minutes started, and
 * approved versions of them. Call as a coordinator.
 */
public final class ProtocolFixtures {

    private ProtocolFixtures() {
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
