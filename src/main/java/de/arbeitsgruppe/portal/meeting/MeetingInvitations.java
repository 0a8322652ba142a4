package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.meeting.InvitationRecipients.Resolved;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Invitations to meetings: an e-mail in German per recipient with the agenda and an iCalendar
 * file (METHOD:REQUEST), sent by coordinators and admins. Changes and cancellations of invited
 * meetings follow as updates ({@link InvitationUpdates}).
 */
@Service
public class MeetingInvitations {

    static final String INVITATION_FILE = "einladung.ics";

    private final MeetingManagement meetings;
    private final InvitationRecipients recipients;
    private final InvitationLetters letters;
    private final InvitationDelivery delivery;
    private final MeetingCalendarFiles calendarFiles;
    private final MeetingProperties properties;

    MeetingInvitations(MeetingManagement meetings, InvitationRecipients recipients, InvitationLetters letters,
            InvitationDelivery delivery, MeetingCalendarFiles calendarFiles, MeetingProperties properties) {
        this.meetings = meetings;
        this.recipients = recipients;
        this.letters = letters;
        this.delivery = delivery;
        this.calendarFiles = calendarFiles;
        this.properties = properties;
    }

    /** Who would receive the invitation, who cannot (no address), and whether it is late or impossible. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public InvitationPreview preview(String meetingId) {
        var meeting = require(meetingId);
        var resolved = recipients.of(meeting);
        var days = properties.invitationDeadlineDays();
        var deadline = meeting.localStart().toLocalDate().minusDays(days);
        var late = Instant.now().plus(Duration.ofDays(days)).isAfter(meeting.getStart());
        return new InvitationPreview(meeting.getId(), meeting.getTitle(), meeting.getStart(), meeting.isPartOfSeries(),
                meeting.getInvitedAt(), resolved.recipients(), resolved.withoutAddress(), days, deadline, late,
                problem(meeting, resolved));
    }

    /**
     * Who receives the minutes of a meeting: its invitees and the contacts only informed, each address
     * once. Those outside the member organisations ({@link Invitee#internal()} false) get the partner version.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public List<Invitee> minutesRecipients(String meetingId) {
        return recipients.ofMinutes(require(meetingId)).recipients();
    }

    /**
     * Sends the invitation of one date, or with {@code wholeSeries} of the series it belongs to (one
     * file with all its dates), and notes the date(s) as invited.
     *
     * @throws InvitationException when nobody with an address is invited, or the meeting is cancelled or over; nothing is sent then
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public InvitationResult send(String meetingId, boolean wholeSeries) {
        var meeting = require(meetingId);
        var resolved = recipients.of(meeting);
        var problem = problem(meeting, resolved);
        if (problem != null) {
            throw new InvitationException(problem);
        }
        var organiser = recipients.organiser(meeting);
        if (wholeSeries && meeting.isPartOfSeries()) {
            var series = meetings.seriesRule(meeting.getSeriesId())
                    .orElseThrow(() -> new AccessDeniedException("unknown series"));
            var all = meetings.series(meeting.getSeriesId());
            var coming = all.stream().filter(MeetingInvitations::stillToCome).toList();
            var files = InvitationDelivery.perRecipient((seen, invitee) -> List.of(InvitationDelivery.calendarFile(INVITATION_FILE,
                    InvitationDelivery.REQUEST, calendarFiles.requestSeries(series, all.stream().map(seen).toList(),
                            recipients.participants(organiser, invitee)))));
            var result = delivery.deliver(resolved.recipients(), organiser,
                    invitee -> letters.seriesInvitation(coming, organiser, invitee), files);
            coming.forEach(date -> meetings.markInvited(date.getId()));
            return result;
        }
        var files = InvitationDelivery.perRecipient((seen, invitee) -> List.of(InvitationDelivery.calendarFile(INVITATION_FILE,
                InvitationDelivery.REQUEST, calendarFiles.request(seen.apply(meeting), recipients.participants(organiser, invitee)))));
        var result = delivery.deliver(resolved.recipients(), organiser,
                invitee -> letters.invitation(meeting, organiser, invitee), files);
        meetings.markInvited(meeting.getId());
        return result;
    }

    private Meeting require(String meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("unknown meeting"));
    }

    private static String problem(Meeting meeting, Resolved resolved) {
        if (meeting.isCancelled()) {
            return "invitation.error.cancelled";
        }
        if (!stillToCome(meeting)) {
            return "invitation.error.over";
        }
        return resolved.recipients().isEmpty() ? "invitation.error.noRecipients" : null;
    }

    /** Not cancelled, not held and not over: a date one can still be invited to. */
    static boolean stillToCome(Meeting meeting) {
        return !meeting.isCancelled() && meeting.getState() != MeetingState.HELD && meeting.getEnd().isAfter(Instant.now());
    }
}
