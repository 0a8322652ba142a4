package de.arbeitsgruppe.portal.oparl;

import de.arbeitsgruppe.portal.meeting.MeetingsChanged;
import de.arbeitsgruppe.portal.protocol.ProtocolApproved;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the projection in step: a changed meeting and newly approved minutes at once (in the request
 * that changed them, which a failure here never fails), and everything periodically, which also
 * catches what raises no event (a new meeting, a renamed organisation) and repairs what a failure left
 * behind. The full run is locked, so two nodes do not do the same work at once; it is safe anyway.
 */
@Component
class OParlJobs {

    private final OParlReconciler reconciler;

    OParlJobs(OParlReconciler reconciler) {
        this.reconciler = reconciler;
    }

    @Scheduled(initialDelayString = "${portal.oparl.reconcile-start:PT20S}",
            fixedDelayString = "${portal.oparl.reconcile-every:PT10M}")
    @SchedulerLock(name = "oparl-reconcile", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void reconcileAll() {
        reconciler.reconcileAll();
    }

    @EventListener
    void on(MeetingsChanged event) {
        event.meetingIds().forEach(reconciler::reconcileMeeting);
    }

    @EventListener
    void on(ProtocolApproved event) {
        reconciler.reconcileMeeting(event.meetingId());
    }
}
