package de.arbeitsgruppe.portal.evaluation;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The working group's checklist for its process evaluation, one per group: the points in their
 * order (the order within a section is the order of the list). Started from the recommendations'
 * default, then kept by the office. Its id is the working group's: two nodes that start it at once
 * cannot make two.
 */
@Document("evaluation_checklists")
public class EvaluationChecklist {

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    private List<@Valid ChecklistPoint> points = new ArrayList<>();
    private String updatedBy;
    private Instant updatedAt;

    public EvaluationChecklist() {
    }

    EvaluationChecklist(String workingGroupId, List<ChecklistPoint> points) {
        this.id = workingGroupId;
        this.workingGroupId = workingGroupId;
        this.points = new ArrayList<>(points);
    }

    /** The points new evaluations rate, in their order. */
    public List<ChecklistPoint> activePoints() {
        return points.stream().filter(point -> !point.isRetired()).toList();
    }

    public List<ChecklistPoint> pointsOf(EvaluationSection section) {
        return points.stream().filter(point -> point.getSection() == section).toList();
    }

    java.util.Optional<ChecklistPoint> point(String pointId) {
        return points.stream().filter(point -> point.getId().equals(pointId)).findFirst();
    }

    void changed(String username, Instant at) {
        this.updatedBy = username;
        this.updatedAt = at;
    }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public List<ChecklistPoint> getPoints() { return points; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
