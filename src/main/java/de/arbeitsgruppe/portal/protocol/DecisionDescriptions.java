package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.protocol.internal.Decisions;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import org.springframework.stereotype.Component;

/**
 * Keeps what the decision register shows of a decision (meeting, item, who may read it, the minutes'
 * state) in step with the meeting and the minutes: on every save of a decision and whenever the
 * minutes change state.
 */
@Component
class DecisionDescriptions {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DecisionDescriptions.class);

    private final Decisions decisions;

    DecisionDescriptions(Decisions decisions) {
        this.decisions = decisions;
    }

    void describe(Decision decision, Meeting meeting, Protocol protocol) {
        var agenda = meeting.getAgenda();
        var number = 0;
        AgendaItem item = null;
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).getId().equals(decision.getAgendaItemId())) {
                item = agenda.get(i);
                number = i + 1;
            }
        }
        var visibleToPartners = meeting.getVisibility() != Visibility.INTERNAL;
        decision.describe(new Decision.DecisionContext(meeting.getStart(), meeting.getType(), meeting.getTitle(),
                item == null ? decision.getItemTitle() : item.getTitle(), item == null ? decision.getItemNumber() : number,
                item != null && item.isPublicItem(), visibleToPartners, meeting.getInvitedOrganisationIds(),
                protocol.getState()));
    }

    /**
     * Every decision of the minutes described anew; {@code meeting} must be the whole meeting, as the
     * office sees it. Only decisions whose description changed are saved: an open dialog on another
     * decision keeps its version.
     */
    void refresh(Meeting meeting, Protocol protocol) {
        for (Decision decision : decisions.findByProtocolIdAndWorkingGroupIdOrderBySequence(protocol.getId(),
                protocol.getWorkingGroupId())) {
            var before = decision.description();
            describe(decision, meeting, protocol);
            if (!before.equals(decision.description())) {
                VersionedSave.of(decision, () -> decisions.save(decision));
            }
        }
    }

    /**
     * {@link #refresh} after a step that has happened already: a failure (a decision saved meanwhile,
     * the database away) is logged, not thrown at a step that cannot be undone; the next change of
     * the minutes or the meeting describes them again.
     */
    void refreshQuietly(Meeting meeting, Protocol protocol) {
        try {
            refresh(meeting, protocol);
        } catch (RuntimeException e) {
            log.warn("Decisions of the minutes {} not described anew: {}", protocol.getId(), e.toString());
        }
    }
}
