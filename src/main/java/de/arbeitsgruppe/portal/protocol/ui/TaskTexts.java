package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.Component;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskReview;

/** How the minutes name a task's origin and what a session recorded for it; the owner is {@link Task#ownerLine()}. */
final class TaskTexts {

    private TaskTexts() {
    }

    /** "Sitzung vom 24.11.2026, Beschluss B-2026-014". */
    static String origin(Component owner, Task task) {
        var origin = task.getOrigin();
        if (origin == null || origin.getMeetingStart() == null) {
            return null;
        }
        var date = Formats.date(origin.getMeetingStart().atZone(Formats.ZONE).toLocalDate());
        return origin.getDecisionNumber() == null ? owner.getTranslation("protocol.taskReview.originDate", date)
                : owner.getTranslation("protocol.taskReview.origin", date, origin.getDecisionNumber());
    }

    /** What the session recorded: "erledigt", "verlängert bis 31.01.2027", "entfällt: …", or "offen". */
    static String state(Component owner, Task task, String meetingId) {
        return task.reviewIn(meetingId).map(review -> recorded(owner, review))
                .orElseGet(() -> owner.getTranslation("protocol.taskReview.state.open"));
    }

    private static String recorded(Component owner, TaskReview review) {
        return switch (review.getOutcome()) {
            case DONE -> owner.getTranslation("protocol.taskReview.state.done");
            case EXTENDED -> owner.getTranslation("protocol.taskReview.state.extended", Formats.date(review.getNewDue()));
            case DROPPED -> owner.getTranslation("protocol.taskReview.state.dropped",
                    review.getReason() == null ? "" : review.getReason());
        };
    }
}
