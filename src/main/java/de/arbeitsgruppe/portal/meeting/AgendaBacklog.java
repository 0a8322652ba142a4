package de.arbeitsgruppe.portal.meeting;

import de.arbeitsgruppe.portal.meeting.internal.BacklogItems;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The working group's backlog of topics ("Themenspeicher"): members read it, coordinators and admins
 * keep it and move topics between it and the agendas of meetings. Without transactions, every move
 * writes where the item goes first and then removes it where it came from, and a repeated move
 * finds the first half done: an interrupted move leaves the item in both places, never in neither.
 */
@Service
public class AgendaBacklog {

    private static final Sort ORDER = Sort.by("createdAt", "_id");

    private final BacklogItems backlog;
    private final MeetingManagement meetings;
    private final CurrentUser currentUser;
    private final Validator validator;

    AgendaBacklog(BacklogItems backlog, MeetingManagement meetings, CurrentUser currentUser, Validator validator) {
        this.backlog = backlog;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** The topics of the user's working group, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public List<BacklogItem> list() {
        return backlog.findByWorkingGroupId(currentUser.require().workingGroupId(), ORDER);
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public BacklogItem add(BacklogItem item) {
        if (item.getId() != null) {
            throw new IllegalArgumentException("new backlog items have no id");
        }
        var user = currentUser.require();
        check(item);
        item.prepareNew(user.workingGroupId(), user.displayName());
        return backlog.insert(item);
    }

    /** Changes what users edit; a version older than the stored one is someone else's change: a conflict. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public BacklogItem update(BacklogItem changed) {
        var stored = backlog.findByIdAndWorkingGroupId(changed.getId(), currentUser.require().workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("unknown backlog item"));
        if (!Objects.equals(stored.getVersion(), changed.getVersion())) {
            throw new ConflictException();
        }
        check(changed);
        // the caller's object stays as it was, so a second attempt after a conflict fails again
        stored.take(changed.toAgendaItem());
        return VersionedSave.of(stored, () -> backlog.save(stored));
    }

    /** Removes a topic; one already removed (or of another working group) is left alone. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public void remove(String id) {
        backlog.deleteByIdAndWorkingGroupId(id, currentUser.require().workingGroupId());
    }

    /**
     * Appends the topics to the meeting's agenda, in the given order, then removes them from the
     * backlog. Topics already on the agenda (an earlier attempt, or the agenda page saved them) are
     * only removed from the backlog.
     *
     * @return the meeting as stored afterwards
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Meeting schedule(List<String> itemIds, String meetingId) {
        var user = currentUser.require();
        var meeting = openMeeting(meetingId);
        var ids = itemIds.stream().distinct().toList();
        var found = backlog.findByIdInAndWorkingGroupId(ids, user.workingGroupId()).stream()
                .collect(Collectors.toMap(BacklogItem::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        var onAgenda = meeting.getAgenda().stream().map(AgendaItem::getId).collect(Collectors.toSet());
        if (!ids.stream().allMatch(id -> found.containsKey(id) || onAgenda.contains(id))) {
            throw new AccessDeniedException("unknown backlog item");
        }
        var added = ids.stream().filter(id -> found.containsKey(id) && !onAgenda.contains(id))
                .map(id -> found.get(id).toAgendaItem()).toList();
        var stored = meeting;
        if (!added.isEmpty()) {
            meeting.getAgenda().addAll(added);
            stored = meetings.update(meeting, EditScope.THIS);
        }
        backlog.deleteAllById(found.keySet());
        return stored;
    }

    /**
     * Takes an item off the agenda of a date that has not taken place and keeps it in the backlog,
     * under the agenda item's id; postponing it again finds it there.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public BacklogItem postpone(String meetingId, String agendaItemId) {
        var user = currentUser.require();
        var meeting = openMeeting(meetingId);
        var item = meeting.getAgenda().stream().filter(i -> i.getId().equals(agendaItemId)).findFirst();
        if (item.isEmpty()) {
            return backlog.findByIdAndWorkingGroupId(agendaItemId, user.workingGroupId())
                    .orElseThrow(() -> new AccessDeniedException("unknown agenda item"));
        }
        var entry = BacklogItem.from(item.get(), agendaItemId, BacklogItem.Origin.POSTPONED, meeting);
        entry.prepareNew(user.workingGroupId(), user.displayName());
        var kept = backlog.insertOnce(entry);
        meeting.getAgenda().remove(item.get());
        meetings.update(meeting, EditScope.THIS);
        return kept;
    }

    /** A meeting of the user's group that still takes place: held and cancelled ones keep their agenda. */
    private Meeting openMeeting(String meetingId) {
        var meeting = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("unknown meeting"));
        if (meeting.getState() == MeetingState.HELD || meeting.getState() == MeetingState.CANCELLED) {
            throw new IllegalArgumentException("the meeting took place or was cancelled");
        }
        return meeting;
    }

    private void check(Object candidate) {
        var violations = validator.validate(candidate);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

}
