package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.Texts;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a session recorded for a task under "Stand der Aufgaben": done, extended to a new date, or
 * dropped with a reason. Kept on the task, so the minutes of that session show it in their table.
 */
public class TaskReview {

    public enum Outcome {
        DONE, EXTENDED, DROPPED;

        public String translationKey() {
            return "task.review." + name().toLowerCase();
        }
    }

    private String meetingId;
    private Outcome outcome;
    private LocalDate newDue;
    private String reason;
    private Instant recordedAt;

    public TaskReview() {
    }

    TaskReview(String meetingId, Outcome outcome, LocalDate newDue, String reason, Instant recordedAt) {
        this.meetingId = meetingId;
        this.outcome = outcome;
        this.newDue = newDue;
        this.reason = Texts.trimToNull(reason);
        this.recordedAt = recordedAt;
    }

    public String getMeetingId() { return meetingId; }
    public Outcome getOutcome() { return outcome; }
    public LocalDate getNewDue() { return newDue; }
    public String getReason() { return reason; }
    public Instant getRecordedAt() { return recordedAt; }
}
