package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.MeetingMinutes;
import de.arbeitsgruppe.portal.shared.PortalUser;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The minutes the meeting pages, the calendar and the personal feed link to, read by the same rule
 * as the minutes page ({@link ProtocolAccess#mayRead}): partners find no link to a draft.
 */
@Component
class MinutesDirectory implements MeetingMinutes {

    private final Protocols protocols;
    private final MeetingManagement meetings;
    private final CurrentUser currentUser;
    private final ProtocolAccess access;

    MinutesDirectory(Protocols protocols, MeetingManagement meetings, CurrentUser currentUser, ProtocolAccess access) {
        this.protocols = protocols;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.access = access;
    }

    @Override
    public Map<String, MinutesLink> of(Collection<String> meetingIds) {
        return currentUser.find().map(user -> of(user, meetingIds)).orElse(Map.of());
    }

    @Override
    public Map<String, MinutesLink> of(PortalUser user, Collection<String> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        var links = new LinkedHashMap<String, MinutesLink>();
        for (Protocol protocol : protocols.findByIdInAndWorkingGroupId(meetingIds, user.workingGroupId())) {
            if (access.mayRead(user, protocol)) {
                links.put(protocol.getId(), link(protocol));
            }
        }
        return links;
    }

    @Override
    public Optional<MinutesLink> previousFor(String meetingId) {
        var user = currentUser.find().orElse(null);
        var meeting = user == null ? null : meetings.find(meetingId).orElse(null);
        if (meeting == null) {
            return Optional.empty();
        }
        var group = user.workingGroupId();
        var approvedHere = readable(user, protocols.findByApprovedInMeetingIdAndWorkingGroupId(meetingId, group))
                .max(Comparator.comparing(minutes -> minutes.meeting().getStart()));
        if (approvedHere.isPresent()) {
            return approvedHere.map(minutes -> link(minutes.protocol()));
        }
        Comparator<MinutesOf> sameSeriesFirstThenLatest = Comparator
                .<MinutesOf, Boolean>comparing(minutes -> meeting.getSeriesId() != null
                        && meeting.getSeriesId().equals(minutes.meeting().getSeriesId()))
                .thenComparing(minutes -> minutes.meeting().getStart());
        return readable(user, protocols.findByStateAndWorkingGroupId(ProtocolState.CIRCULATING, group))
                .filter(minutes -> minutes.meeting().getType() == meeting.getType())
                .filter(minutes -> minutes.meeting().getStart().isBefore(meeting.getStart()))
                .max(sameSeriesFirstThenLatest).map(minutes -> link(minutes.protocol()));
    }

    /** Minutes the user may read, of meetings the user may see. */
    private Stream<MinutesOf> readable(PortalUser user, List<Protocol> found) {
        return found.stream().filter(protocol -> access.mayRead(user, protocol))
                .flatMap(protocol -> meetings.find(protocol.getId())
                        .map(meeting -> new MinutesOf(protocol, meeting)).stream());
    }

    private record MinutesOf(Protocol protocol, Meeting meeting) {
    }

    private static MinutesLink link(Protocol protocol) {
        return new MinutesLink(protocol.getId(), switch (protocol.getState()) {
            case DRAFT -> "meeting.minutes.draft";
            case CIRCULATING -> "meeting.minutes.circulating";
            case APPROVED -> "meeting.minutes.approved";
            case CORRECTING -> "meeting.minutes.correcting";
        });
    }
}
