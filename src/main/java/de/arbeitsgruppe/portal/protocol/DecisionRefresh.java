package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingsChanged;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A meeting changed (an item made internal, the meeting closed to partners, an organisation no longer
 * invited, a title): the register's copies in its decisions follow at once, in the same request, so a
 * partner never reads a decision the meeting no longer shows them.
 */
@Component
class DecisionRefresh {

    private final MeetingManagement meetings;
    private final Protocols protocols;
    private final DecisionDescriptions descriptions;
    private final CurrentUser currentUser;

    DecisionRefresh(MeetingManagement meetings, Protocols protocols, DecisionDescriptions descriptions,
            CurrentUser currentUser) {
        this.meetings = meetings;
        this.protocols = protocols;
        this.descriptions = descriptions;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(MeetingsChanged event) {
        var user = currentUser.find();
        if (user.isEmpty()) {
            return;
        }
        for (String meetingId : event.meetingIds()) {
            // the meeting is saved already: a failure here must not turn its save into an error
            protocols.findByIdAndWorkingGroupId(meetingId, user.get().workingGroupId()).ifPresent(protocol ->
                    Optional.of(meetingId).flatMap(meetings::find)
                            .ifPresent(meeting -> descriptions.refreshQuietly(meeting, protocol)));
        }
    }
}
