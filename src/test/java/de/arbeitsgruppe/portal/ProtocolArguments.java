package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.meeting.AgendaFixtures;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.Decision;
import de.arbeitsgruppe.portal.protocol.DecisionResult;
import de.arbeitsgruppe.portal.protocol.ProtocolFixtures;
import de.arbeitsgruppe.portal.protocol.ProtocolManagement;
import de.arbeitsgruppe.portal.protocol.ProtocolState;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Arguments for the minutes' methods in the authorization matrix: for every call a held meeting to
 * which the partner's organisation was invited, with an internal and a public item, and its minutes
 * in the state the method needs, made by the matrix's admin.
 */
final class ProtocolArguments {

    private static final String LINK = "http://localhost:8080/termine/x/protokoll";

    private final MeetingManagement meetings;
    private final ProtocolManagement protocols;
    private final Protocols stored;
    private final String partnerOrganisationId;

    ProtocolArguments(ApplicationContext context, AuthorizationFixture fixture) {
        this.meetings = context.getBean(MeetingManagement.class);
        this.protocols = context.getBean(ProtocolManagement.class);
        this.stored = context.getBean(Protocols.class);
        this.partnerOrganisationId = fixture.partnerOrganisationId();
    }

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("AccountManagement.staff()", who -> args());
        arguments.put("MeetingInvitations.minutesRecipients(String)", who -> args(meeting().getId()));
        arguments.put("ProtocolManagement.find(String)", who -> args(draft().getId()));
        arguments.put("ProtocolManagement.awaitingComment()", who -> args());
        arguments.put("ProtocolManagement.start(String)", who -> args(meeting().getId()));
        arguments.put("ProtocolManagement.minuteTakerCandidates()", who -> args());
        arguments.put("ProtocolManagement.saveHeader(String, long, String, String)", who -> {
            var meeting = draft();
            return args(meeting.getId(), version(meeting), "Matrix Vorsitz", null);
        });
        arguments.put("ProtocolManagement.saveNotes(String, String, Long, String, String)", who -> {
            var meeting = draft();
            return args(meeting.getId(), publicItem(meeting), null, "Matrix Notiz", null);
        });
        arguments.put("ProtocolManagement.saveDecision(String, String, Decision)", who -> {
            var meeting = draft();
            return args(meeting.getId(), publicItem(meeting), new Decision("Matrix Beschluss", DecisionResult.ADOPTED));
        });
        arguments.put("ProtocolManagement.removeDecision(String, String)", who -> {
            var meeting = draft();
            var decision = protocols.saveDecision(meeting.getId(), publicItem(meeting),
                    new Decision("Matrix Beschluss", DecisionResult.ADOPTED));
            return args(meeting.getId(), decision.getId());
        });
        arguments.put("ProtocolManagement.comment(String, String, String)", who -> {
            var meeting = draft();
            ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today().plusDays(3));
            return args(meeting.getId(), publicItem(meeting), "Matrix Anmerkung");
        });
        arguments.put("ProtocolApproval.circulate(String, long, LocalDate, String)", who -> {
            var meeting = draft();
            return args(meeting.getId(), version(meeting), Formats.today().plusDays(7), LINK);
        });
        arguments.put("ProtocolApproval.approve(String, long, String, String)", who -> {
            var meeting = draft();
            var later = meetings.create(newMeeting(meeting.localStart().plusDays(30)), null);
            return args(meeting.getId(), version(meeting), later.getId(), LINK);
        });
        arguments.put("ProtocolApproval.reopen(String, long)", who -> {
            var meeting = draft();
            ProtocolFixtures.circulating(stored, meeting.getId(), Formats.today().plusDays(3));
            return args(meeting.getId(), version(meeting));
        });
        arguments.put("ProtocolApproval.startCorrection(String, long)", who -> {
            var meeting = meeting();
            ProtocolFixtures.store(stored, meeting.getId(), meeting.getWorkingGroupId(), ProtocolState.APPROVED);
            return args(meeting.getId(), version(meeting));
        });
        arguments.put("ProtocolApproval.finishCorrection(String, long, String, String)", who -> {
            var meeting = meeting();
            ProtocolFixtures.store(stored, meeting.getId(), meeting.getWorkingGroupId(), ProtocolState.CORRECTING);
            return args(meeting.getId(), version(meeting), "Matrix Berichtigung", LINK);
        });
        arguments.put("ProtocolApproval.versions(String)", who -> args(draft().getId()));
        arguments.put("ProtocolApproval.pdf(String, int)", who -> args(draft().getId(), 0));
        arguments.put("ProtocolApproval.current(String)", who -> args(draft().getId()));
        arguments.put("ProtocolApproval.approvalMeetings(String)", who -> args(draft().getId()));
        return arguments;
    }

    private Meeting meeting() {
        return meetings.create(newMeeting(AgendaFixtures.farBehind()), null);
    }

    private Meeting newMeeting(java.time.LocalDateTime start) {
        var meeting = AgendaFixtures.meeting("Matrix Protokoll " + UUID.randomUUID().toString().substring(0, 8), start,
                60, new AgendaItem("Matrix intern", 10), new AgendaItem("Matrix öffentlich", 10).markedPublic());
        meeting.setInvitedOrganisationIds(Set.of(partnerOrganisationId));
        return meeting;
    }

    private Meeting draft() {
        var meeting = meeting();
        protocols.start(meeting.getId());
        return meeting;
    }

    private long version(Meeting meeting) {
        return stored.findById(meeting.getId()).orElseThrow().getVersion();
    }

    private static String publicItem(Meeting meeting) {
        return meeting.getAgenda().get(1).getId();
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
