package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.shared.AccessRefused;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with minutes, in one place. The office (coordinators, admins) may do everything;
 * the minute-taker named on the protocol writes the draft; members read all minutes and comment
 * while they are sent round; partners read the partner version once the minutes are sent round,
 * and comment only if their organisation was invited. A refusal of an action the page does not
 * offer (a crafted request) lands in the audit trail.
 */
@Component
class ProtocolAccess {

    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.system(Formats.ZONE);

    ProtocolAccess(ApplicationEventPublisher events) {
        this.events = events;
    }

    ProtocolSheet.Permissions of(PortalUser user, Meeting meeting, Protocol protocol) {
        if (protocol == null) {
            return new ProtocolSheet.Permissions(mayStart(user, meeting), false, false, user.isInternal(), false,
                    false, false, false);
        }
        var state = protocol.getState();
        var office = user.isCoordinatorOrAdmin();
        return new ProtocolSheet.Permissions(false, mayEdit(user, protocol), office && state.isEditable(),
                user.isInternal(), mayComment(user, meeting, protocol), office && state == ProtocolState.DRAFT,
                office && (state == ProtocolState.DRAFT || state == ProtocolState.CIRCULATING),
                office && (state == ProtocolState.APPROVED || state == ProtocolState.CORRECTING));
    }

    boolean mayStart(PortalUser user, Meeting meeting) {
        return user.isCoordinatorOrAdmin() && meeting.getState() != MeetingState.CANCELLED;
    }

    /** Partners read minutes once they are sent round; a draft is the writers' own. */
    boolean mayRead(PortalUser user, Protocol protocol) {
        return user.isInternal() || protocol.getState() != ProtocolState.DRAFT;
    }

    boolean mayEdit(PortalUser user, Protocol protocol) {
        var state = protocol.getState();
        if (user.isCoordinatorOrAdmin()) {
            return state.isEditable();
        }
        return state == ProtocolState.DRAFT && user.isInternal() && user.username().equals(protocol.getMinuteTaker());
    }

    /** Whether the user could write these minutes in some state: the office, or the minute-taker. */
    boolean wrote(PortalUser user, Protocol protocol) {
        return user.isCoordinatorOrAdmin() || user.isInternal() && user.username().equals(protocol.getMinuteTaker());
    }

    boolean mayComment(PortalUser user, Meeting meeting, Protocol protocol) {
        if (protocol.getState() != ProtocolState.CIRCULATING || deadlinePassed(protocol)) {
            return false;
        }
        // the meeting as the partner sees it hides the invited organisations but tells whether theirs is one
        return user.isInternal() || user.has(Role.PARTNER) && (meeting.isViewerInvited()
                || meeting.getInvitedOrganisationIds().contains(user.organisationId()));
    }

    boolean deadlinePassed(Protocol protocol) {
        var deadline = protocol.getCommentDeadline();
        return deadline != null && LocalDate.now(clock).isAfter(deadline);
    }

    /** Refuses and tells the audit trail: the page offers no such action, so the request was made by hand. */
    AccessDeniedException refuse(PortalUser user, String action, String meetingId) {
        events.publishEvent(new AccessRefused("ProtocolManagement." + action + " " + meetingId, user.username()));
        return new AccessDeniedException("not allowed: " + action);
    }
}
