package de.arbeitsgruppe.portal.evaluation;

import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.mongo.Derived;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One point as an evaluation rated it. The point's section and wording are copies taken when the
 * evaluation began, so the evaluation reads as it was held even after the office rewords or retires
 * the point. {@code taskId} is the task made from the point: set once, so a second click opens it.
 */
public class PointRating {

    public static final int MAX_COMMENT = 2000;

    private String pointId;
    @Derived
    private EvaluationSection section;
    @Derived
    private String pointText;
    private Grade grade;
    @Size(max = MAX_COMMENT, message = "{validation.size}")
    @MultiLine
    private String comment;
    private String responsibleOrganisationId;
    @Derived
    private String responsibleOrganisationName;
    private String taskId;
    /** While a task is being made: a second node or a double click then waits instead of making another. */
    @Derived
    private Instant taskClaimedAt;

    public PointRating() {
    }

    PointRating(ChecklistPoint point) {
        this.pointId = point.getId();
        this.section = point.getSection();
        this.pointText = point.getText();
    }

    void rate(Grade grade, String comment, String responsibleOrganisationId, String responsibleOrganisationName) {
        this.grade = grade;
        this.comment = comment;
        this.responsibleOrganisationId = responsibleOrganisationId;
        this.responsibleOrganisationName = responsibleOrganisationName;
    }

    void claimTask(Instant at) { this.taskClaimedAt = at; }
    void taskMade(String taskId) {
        this.taskId = taskId;
        this.taskClaimedAt = null;
    }

    public String getPointId() { return pointId; }
    public EvaluationSection getSection() { return section; }
    public String getPointText() { return pointText; }
    public Grade getGrade() { return grade; }
    public String getComment() { return comment; }
    public String getResponsibleOrganisationId() { return responsibleOrganisationId; }
    public String getResponsibleOrganisationName() { return responsibleOrganisationName; }
    public String getTaskId() { return taskId; }
    public Instant getTaskClaimedAt() { return taskClaimedAt; }
}
