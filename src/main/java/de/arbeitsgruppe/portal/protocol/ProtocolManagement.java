package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.internal.DecisionNumbers;
import de.arbeitsgruppe.portal.protocol.internal.Decisions;
import de.arbeitsgruppe.portal.protocol.internal.NotesOfItems;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolComments;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Writing the minutes of a meeting: starting them, naming who writes them, notes and decisions per
 * agenda item (each item saved on its own, so two people on two items never conflict), comments
 * while they are sent round. Approval and versions: {@link ProtocolApproval}. Every method finds the
 * meeting through {@link MeetingManagement}, so a meeting the user may not see has no minutes either.
 */
@Service
public class ProtocolManagement {

    private final Protocols protocols;
    private final NotesOfItems notes;
    private final Decisions decisions;
    private final ProtocolComments comments;
    private final DecisionNumbers numbers;
    private final MeetingManagement meetings;
    private final AccountManagement accounts;
    private final CurrentUser currentUser;
    private final ProtocolAccess access;
    private final Validator validator;
    private final DecisionDescriptions descriptions;

    ProtocolManagement(Protocols protocols, NotesOfItems notes, Decisions decisions, ProtocolComments comments,
            DecisionNumbers numbers, MeetingManagement meetings, AccountManagement accounts, CurrentUser currentUser,
            ProtocolAccess access, Validator validator, DecisionDescriptions descriptions) {
        this.protocols = protocols;
        this.notes = notes;
        this.decisions = decisions;
        this.comments = comments;
        this.numbers = numbers;
        this.meetings = meetings;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.access = access;
        this.validator = validator;
        this.descriptions = descriptions;
    }

    /** The minutes of a meeting as the user may see them; empty when the user may not see the meeting. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProtocolSheet> find(String meetingId) {
        var user = currentUser.require();
        return meetings.find(meetingId).map(meeting -> sheet(user, meeting));
    }

    private ProtocolSheet sheet(PortalUser user, Meeting meeting) {
        var protocol = protocols.findByIdAndWorkingGroupId(meeting.getId(), user.workingGroupId())
                .filter(found -> access.mayRead(user, found)).orElse(null);
        var may = access.of(user, meeting, protocol);
        if (protocol != null && protocol.getState() == ProtocolState.CORRECTING && !user.isCoordinatorOrAdmin()) {
            // what the office changes is not approved yet: readers keep to the approved versions
            return new ProtocolSheet(meeting, protocol, Map.of(), Map.of(), Map.of(), may);
        }
        if (protocol == null) {
            return new ProtocolSheet(meeting, null, Map.of(), Map.of(), Map.of(), may);
        }
        // for partners the meeting holds only its public items: nothing of the others is handed out
        var shownItems = meeting.getAgenda().stream().map(AgendaItem::getId).collect(Collectors.toSet());
        var notesByItem = new LinkedHashMap<String, ItemNotes>();
        for (ItemNotes itemNotes : notes.findByProtocolIdAndWorkingGroupId(protocol.getId(), user.workingGroupId())) {
            if (shownItems.contains(itemNotes.getAgendaItemId())) {
                notesByItem.put(itemNotes.getAgendaItemId(), user.isInternal() ? itemNotes : itemNotes.withoutInternals());
            }
        }
        var decisionsByItem = decisions.findByProtocolIdAndWorkingGroupIdOrderBySequence(protocol.getId(), user.workingGroupId())
                .stream().filter(decision -> shownItems.contains(decision.getAgendaItemId()))
                .collect(Collectors.groupingBy(Decision::getAgendaItemId, LinkedHashMap::new, Collectors.toList()));
        var commentsByItem = comments.findByProtocolIdAndWorkingGroupIdOrderByCreatedAt(protocol.getId(), user.workingGroupId())
                .stream().filter(comment -> shownItems.contains(comment.getAgendaItemId()))
                // partners read their own organisation's remarks; the members' discussion stays internal
                .filter(comment -> user.isInternal() || user.belongsTo(comment.getOrganisationId()))
                .collect(Collectors.groupingBy(ProtocolComment::getAgendaItemId, LinkedHashMap::new, Collectors.toList()));
        return new ProtocolSheet(meeting, protocol, notesByItem, decisionsByItem, commentsByItem, may);
    }

    /** Starts the minutes of a meeting; started already (by someone else too) returns those. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Protocol start(String meetingId) {
        var user = currentUser.require();
        var meeting = visibleMeeting(meetingId);
        if (!access.mayStart(user, meeting)) {
            throw access.refuse(user, "start", meetingId);
        }
        var existing = protocols.findByIdAndWorkingGroupId(meeting.getId(), user.workingGroupId());
        if (existing.isPresent()) {
            return existing.get();
        }
        var protocol = new Protocol(meeting.getId(), user.workingGroupId(), Instant.now());
        protocol.setChair(meeting.getOrganiserName());
        try {
            return protocols.insert(protocol);
        } catch (DuplicateKeyException startedMeanwhile) {
            return protocols.findByIdAndWorkingGroupId(meeting.getId(), user.workingGroupId())
                    .orElseThrow(() -> new AccessDeniedException("unknown meeting"));
        }
    }

    /** Who may be named to write the minutes: the group's own staff. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public List<de.arbeitsgruppe.portal.account.StaffMember> minuteTakerCandidates() {
        return accounts.staff();
    }

    /**
     * The head of the minutes: who chairs and who writes them.
     *
     * @param minuteTaker a login name of {@link #minuteTakerCandidates()}, or null for nobody
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Protocol saveHeader(String meetingId, long basedOnVersion, String chair, String minuteTaker) {
        var user = currentUser.require();
        var protocol = editable(user, meetingId, "saveHeader");
        if (!Objects.equals(protocol.getVersion(), basedOnVersion)) {
            throw new ConflictException();
        }
        if (minuteTaker == null) {
            protocol.setMinuteTaker(null, null);
        } else {
            var named = accounts.staff().stream().filter(member -> member.username().equals(minuteTaker)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not of the group's staff: " + minuteTaker));
            protocol.setMinuteTaker(named.username(), named.displayName());
        }
        protocol.setChair(chair);
        check(protocol);
        return VersionedSave.of(protocol, () -> protocols.save(protocol));
    }

    /**
     * Saves the notes of one item (the page does so every few seconds while someone types).
     *
     * @param basedOnVersion the version the writer started from, null when the item had no notes
     * @throws NotesConflict when someone else saved this item's notes since: nothing is overwritten
     */
    @PreAuthorize("isAuthenticated()")
    public ItemNotes saveNotes(String meetingId, String agendaItemId, Long basedOnVersion, String text,
            String internalText) {
        var user = currentUser.require();
        var protocol = editable(user, meetingId, "saveNotes");
        var meeting = visibleMeeting(meetingId);
        requireItem(meeting, agendaItemId);
        var id = ItemNotes.idOf(protocol.getId(), agendaItemId);
        var stored = notes.findByIdAndWorkingGroupId(id, user.workingGroupId());
        if (stored.isPresent() && !Objects.equals(stored.get().getVersion(), basedOnVersion)
                || stored.isEmpty() && basedOnVersion != null) {
            throw new NotesConflict(stored.orElse(null));
        }
        var itemNotes = stored.orElseGet(() -> new ItemNotes(user.workingGroupId(), protocol.getId(), agendaItemId));
        itemNotes.setNotes(text);
        itemNotes.setInternalNotes(internalText);
        itemNotes.saved(Instant.now(), user.displayName());
        check(itemNotes);
        try {
            return VersionedSave.of(itemNotes, () -> notes.save(itemNotes));
        } catch (ConflictException | DuplicateKeyException savedMeanwhile) {
            throw new NotesConflict(notes.findByIdAndWorkingGroupId(id, user.workingGroupId()).orElse(null));
        }
    }

    /**
     * Records a new decision under an item (numbered now, so it can be cited at once) or stores the
     * changes to one (by its id and version).
     */
    @PreAuthorize("isAuthenticated()")
    public Decision saveDecision(String meetingId, String agendaItemId, Decision decision) {
        var user = currentUser.require();
        var protocol = editable(user, meetingId, "saveDecision");
        var meeting = visibleMeeting(meetingId);
        requireItem(meeting, agendaItemId);
        check(decision);
        if (decision.getId() == null) {
            decision.setWorkingGroupId(user.workingGroupId());
            decision.setProtocolId(protocol.getId());
            decision.setAgendaItemId(agendaItemId);
            var year = meeting.localStart().getYear();
            decision.numbered(year, numbers.next(user.workingGroupId(), year));
        } else {
            var stored = decisions.findByIdAndWorkingGroupId(decision.getId(), user.workingGroupId())
                    .filter(found -> found.getProtocolId().equals(protocol.getId()))
                    .orElseThrow(() -> new AccessDeniedException("unknown decision"));
            if (!Objects.equals(stored.getVersion(), decision.getVersion())) {
                throw new ConflictException();
            }
            decision.setWorkingGroupId(stored.getWorkingGroupId());
            decision.setProtocolId(stored.getProtocolId());
            decision.setAgendaItemId(stored.getAgendaItemId());
            decision.numbered(stored.getYear(), stored.getSequence());
        }
        descriptions.describe(decision, meeting, protocol);
        return VersionedSave.of(decision, () -> decisions.save(decision));
    }

    /** Removes a decision recorded by mistake, while the minutes are a draft; its number is not given again. */
    @PreAuthorize("isAuthenticated()")
    public void removeDecision(String meetingId, String decisionId) {
        var user = currentUser.require();
        var protocol = editable(user, meetingId, "removeDecision");
        if (protocol.getState() != ProtocolState.DRAFT) {
            throw access.refuse(user, "removeDecision", meetingId);
        }
        var decision = decisions.findByIdAndWorkingGroupId(decisionId, user.workingGroupId())
                .filter(found -> found.getProtocolId().equals(protocol.getId()))
                .orElseThrow(() -> new AccessDeniedException("unknown decision"));
        decisions.delete(decision);
    }

    /** A remark on one item while the minutes are sent round, until the end of the deadline's day. */
    @PreAuthorize("isAuthenticated()")
    public ProtocolComment comment(String meetingId, String agendaItemId, String text) {
        var user = currentUser.require();
        var meeting = visibleMeeting(meetingId);
        var protocol = protocols.findByIdAndWorkingGroupId(meeting.getId(), user.workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("no minutes"));
        if (protocol.getState() == ProtocolState.CIRCULATING && access.deadlinePassed(protocol)) {
            throw new CommentDeadlinePassed(protocol.getCommentDeadline());
        }
        if (!access.mayComment(user, meeting, protocol)) {
            throw access.refuse(user, "comment", meetingId);
        }
        requireItem(meeting, agendaItemId);
        var comment = new ProtocolComment(protocol.getId(), agendaItemId, text);
        comment.writtenBy(user.workingGroupId(), user.username(), user.displayName(), user.organisationId(),
                user.organisationName(), Instant.now());
        check(comment);
        return comments.insert(comment);
    }

    /**
     * Minutes sent round on which the user may still comment, the nearest deadline first: the
     * start page's reminder. Two reads: the circulating minutes (a few at any time, bounded) and
     * their meetings as the user sees them.
     */
    @PreAuthorize("isAuthenticated()")
    public List<MinutesAwaitingComment> awaitingComment() {
        var user = currentUser.require();
        var circulating = protocols.findByStateAndWorkingGroupIdAndCommentDeadlineGreaterThanEqual(
                ProtocolState.CIRCULATING, user.workingGroupId(), Formats.today(), Sort.by("commentDeadline", "_id"),
                Limit.of(MinutesAwaitingComment.LIMIT));
        if (circulating.isEmpty()) {
            return List.of();
        }
        var seen = meetings.findAll(circulating.stream().map(Protocol::getId).toList()).stream()
                .collect(Collectors.toMap(Meeting::getId, Function.identity()));
        return circulating.stream().filter(protocol -> seen.containsKey(protocol.getId()))
                .filter(protocol -> access.mayComment(user, seen.get(protocol.getId()), protocol))
                .map(protocol -> MinutesAwaitingComment.of(seen.get(protocol.getId()), protocol.getCommentDeadline()))
                .toList();
    }

    private Protocol editable(PortalUser user, String meetingId, String action) {
        var meeting = visibleMeeting(meetingId);
        var protocol = protocols.findByIdAndWorkingGroupId(meeting.getId(), user.workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("no minutes"));
        if (!access.mayEdit(user, protocol)) {
            var refused = access.refuse(user, action, meetingId);
            // those who wrote these minutes before they were closed hear so at the field
            throw access.wrote(user, protocol) ? new MinutesClosed() : refused;
        }
        return protocol;
    }

    private Meeting visibleMeeting(String meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("unknown meeting"));
    }

    private static void requireItem(Meeting meeting, String agendaItemId) {
        if (meeting.getAgenda().stream().noneMatch(item -> item.getId().equals(agendaItemId))) {
            throw new IllegalArgumentException("not on the agenda: " + agendaItemId);
        }
    }

    private void check(Object candidate) {
        var violations = validator.validate(candidate);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
