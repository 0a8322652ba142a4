package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.mongo.Derived;
import java.time.Instant;

/**
 * Where a task was given: a meeting, one of its agenda items and perhaps a decision of the minutes;
 * or a point of the working group's process evaluation that was not met. Titles, date and number are
 * copies, taken when the task is created, so lists and "Stand der Aufgaben" show the origin without
 * reading meetings, minutes or evaluations.
 */
public class TaskOrigin {

    private String meetingId;
    private String agendaItemId;
    private String decisionId;
    @Derived
    private String meetingTitle;
    @Derived
    private Instant meetingStart;
    @Derived
    private String itemTitle;
    @Derived
    private String decisionNumber;
    /** The item is public: only then do partners read its title here, as in the minutes. */
    @Derived
    private boolean publicItem;
    private String evaluationId;
    private String evaluationPointId;
    @Derived
    private String evaluationTitle;
    @Derived
    private String pointText;

    public TaskOrigin() {
    }

    /** An origin as the minutes name it; the task module fills in the copies from the meeting. */
    public TaskOrigin(String meetingId, String agendaItemId, String decisionId, String decisionNumber) {
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.decisionId = decisionId;
        this.decisionNumber = decisionNumber;
    }

    /**
     * A point of a process evaluation; the evaluation module gives the copies itself, as the task
     * module may not read evaluations (they use tasks, not the other way round).
     */
    public static TaskOrigin ofEvaluation(String evaluationId, String pointId, String evaluationTitle, String pointText) {
        var origin = new TaskOrigin();
        origin.evaluationId = evaluationId;
        origin.evaluationPointId = pointId;
        origin.evaluationTitle = evaluationTitle;
        origin.pointText = pointText;
        return origin;
    }

    public boolean isEvaluation() {
        return evaluationId != null && meetingId == null;
    }

    void describe(String meetingTitle, Instant meetingStart, String itemTitle, boolean publicItem) {
        this.meetingTitle = meetingTitle;
        this.meetingStart = meetingStart;
        this.itemTitle = itemTitle;
        this.publicItem = publicItem;
    }

    /** The origin as someone outside the members reads it: an internal item's title left out. */
    void withoutInternalItem() {
        if (!publicItem) {
            itemTitle = null;
        }
    }

    public String getMeetingId() { return meetingId; }
    public String getAgendaItemId() { return agendaItemId; }
    public String getDecisionId() { return decisionId; }
    public String getMeetingTitle() { return meetingTitle; }
    public Instant getMeetingStart() { return meetingStart; }
    public String getItemTitle() { return itemTitle; }
    public String getDecisionNumber() { return decisionNumber; }
    public boolean isPublicItem() { return publicItem; }
    public String getEvaluationId() { return evaluationId; }
    public String getEvaluationPointId() { return evaluationPointId; }
    public String getEvaluationTitle() { return evaluationTitle; }
    public String getPointText() { return pointText; }
}
