package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.meeting.internal.BacklogItems;
import de.arbeitsgruppe.portal.meeting.internal.Meetings;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What happened at a meeting: who was there, which agenda items were dealt with. Items not dealt
 * with move on to the next date of the series, or to the backlog when there is none. Without
 * transactions, the next date (or the backlog) is written before the meeting itself, and the moved
 * items get ids derived from where they came from, so a repeated attempt adds nothing twice.
 */
@Service
public class MeetingRecords {

    /**
     * Where the items not dealt with went.
     *
     * @param nextDate the date they were appended to, or null when they went to the backlog
     * @param items the items as they were on the agenda of the held meeting
     */
    public record CarryOver(Meeting nextDate, List<AgendaItem> items) {
    }

    private final Meetings meetings;
    private final BacklogItems backlog;
    private final MeetingManagement management;
    private final CurrentUser currentUser;

    MeetingRecords(Meetings meetings, BacklogItems backlog, MeetingManagement management, CurrentUser currentUser) {
        this.meetings = meetings;
        this.backlog = backlog;
        this.management = management;
        this.currentUser = currentUser;
    }

    /**
     * Replaces the attendance list. Keys are the ids of invited contacts and the
     * {@linkplain Guest#attendanceKey() keys of guests}; anything else is refused.
     *
     * @param basedOnVersion the version of the meeting the list was recorded on: if someone saved
     *     the meeting since, this is a conflict rather than overwriting their attendance list
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Meeting recordAttendance(String meetingId, long basedOnVersion, Map<String, Attendance> attendance) {
        var meeting = load(meetingId);
        if (meeting.getVersion() != basedOnVersion) {
            throw new ConflictException();
        }
        if (meeting.isCancelled()) {
            throw new IllegalArgumentException("the meeting was cancelled");
        }
        var invitees = new HashSet<>(meeting.getInvitedContactIds());
        meeting.getGuests().forEach(guest -> invitees.add(guest.attendanceKey()));
        if (!invitees.containsAll(attendance.keySet())) {
            throw new IllegalArgumentException("not invited to the meeting: "
                    + attendance.keySet().stream().filter(key -> !invitees.contains(key)).toList());
        }
        var recorded = new HashMap<String, Attendance>();
        attendance.forEach((key, value) -> {
            if (value != null) {
                recorded.put(key, value);
            }
        });
        meeting.setAttendance(recorded);
        return save(meeting);
    }

    /** The date that items not dealt with would move to; empty means the backlog. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Optional<Meeting> nextDate(String meetingId) {
        return nextDateOf(load(meetingId));
    }

    /**
     * Closes a meeting: state HELD, the given agenda items dealt with, all others copied to the
     * next date of the series (appended to its agenda) or, without one, to the backlog. A meeting
     * closed already (by someone else in the meantime) is a conflict.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public CarryOver markHeld(String meetingId, Set<String> dealtWithItemIds) {
        var meeting = load(meetingId);
        if (meeting.getState() == MeetingState.HELD) {
            throw new ConflictException();
        }
        if (meeting.isCancelled()) {
            throw new IllegalArgumentException("the meeting was cancelled");
        }
        var agendaIds = meeting.getAgenda().stream().map(AgendaItem::getId).collect(Collectors.toSet());
        if (!agendaIds.containsAll(dealtWithItemIds)) {
            throw new IllegalArgumentException("not on the agenda of the meeting");
        }
        var open = meeting.getAgenda().stream().filter(item -> !dealtWithItemIds.contains(item.getId())).toList();
        var target = open.isEmpty() ? null : carryOver(meeting, open);
        meeting.getAgenda().forEach(item -> item.setDealtWith(dealtWithItemIds.contains(item.getId())));
        meeting.setState(MeetingState.HELD);
        save(meeting);
        return new CarryOver(target, open);
    }

    /** Writes the open items where they go; returns the next date, or null for the backlog. */
    private Meeting carryOver(Meeting meeting, List<AgendaItem> open) {
        var next = nextDateOf(meeting).orElse(null);
        if (next != null) {
            var present = next.getAgenda().stream().map(AgendaItem::getId).collect(Collectors.toSet());
            var missing = new ArrayList<AgendaItem>();
            for (AgendaItem item : open) {
                var copy = item.copy();
                copy.setId(movedId(meeting, item));
                if (!present.contains(copy.getId())) {
                    missing.add(copy);
                }
            }
            if (next.getAgenda().size() + missing.size() <= Meeting.MAX_AGENDA_ITEMS) {
                if (!missing.isEmpty()) {
                    next.getAgenda().addAll(missing);
                    // through the management: invitees already invited to the next date get the new agenda
                    return management.update(next, EditScope.THIS);
                }
                return next;
            }
        }
        var user = currentUser.require();
        for (AgendaItem item : open) {
            var entry = BacklogItem.from(item, movedId(meeting, item), BacklogItem.Origin.NOT_DEALT_WITH, meeting);
            entry.prepareNew(user.workingGroupId(), user.displayName());
            backlog.insertOnce(entry);
        }
        return null;
    }

    private Optional<Meeting> nextDateOf(Meeting meeting) {
        if (!meeting.isPartOfSeries()) {
            return Optional.empty();
        }
        return meetings.findBySeriesIdOrderByStart(meeting.getSeriesId()).stream()
                .filter(date -> date.getWorkingGroupId().equals(meeting.getWorkingGroupId()))
                .filter(date -> date.getStart().isAfter(meeting.getStart()))
                .filter(date -> date.getState() != MeetingState.HELD && !date.isCancelled())
                .findFirst();
    }

    /** The same id for the same item of the same meeting, whichever attempt moves it. */
    private static String movedId(Meeting meeting, AgendaItem item) {
        return UUID.nameUUIDFromBytes((meeting.getId() + "/" + item.getId()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private Meeting load(String meetingId) {
        return meetings.findByIdAndWorkingGroupId(meetingId, currentUser.require().workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("unknown meeting"));
    }

    private Meeting save(Meeting meeting) {
        return VersionedSave.of(meeting, () -> meetings.save(meeting));
    }
}
