package de.arbeitsgruppe.portal.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One round of the process evaluation ("Evaluierung der Abläufe"): on a date the group rates every
 * point of its checklist as it stood then. One document holds all ratings, so the trend page reads a
 * handful of documents, and two people rating at once meet as a version conflict.
 */
@Document("evaluations")
@CompoundIndex(name = "group_date", def = "{'workingGroupId': 1, 'date': -1}")
public class Evaluation {

    public static final int MAX_TITLE = 200;

    @Id
    private String id;
    @Version
    private Long version;
    private String workingGroupId;
    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_TITLE, message = "{validation.size}")
    private String title;
    @NotNull(message = "{validation.required}")
    private LocalDate date;
    private List<@Valid PointRating> ratings = new ArrayList<>();
    private String createdBy;
    private Instant createdAt;

    public Evaluation() {
    }

    Evaluation(String workingGroupId, String title, LocalDate date, List<ChecklistPoint> points, String createdBy,
            Instant createdAt) {
        this.workingGroupId = workingGroupId;
        this.title = title;
        this.date = date;
        this.ratings = new ArrayList<>(points.stream().map(PointRating::new).toList());
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Optional<PointRating> rating(String pointId) {
        return ratings.stream().filter(rating -> rating.getPointId().equals(pointId)).findFirst();
    }

    /** How many points are rated already, for the list of evaluations. */
    public long ratedCount() {
        return ratings.stream().filter(rating -> rating.getGrade() != null).count();
    }

    public long count(Grade grade) {
        return ratings.stream().filter(rating -> rating.getGrade() == grade).count();
    }

    /** For the demo evaluations, whose fixed ids make seeding run once. */
    void assignId(String id) { this.id = id; }

    public String getId() { return id; }
    public Long getVersion() { return version; }
    public String getWorkingGroupId() { return workingGroupId; }
    public String getTitle() { return title; }
    public LocalDate getDate() { return date; }
    public List<PointRating> getRatings() { return ratings; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
