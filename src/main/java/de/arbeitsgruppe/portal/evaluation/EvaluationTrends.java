package de.arbeitsgruppe.portal.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Builds the trend table and the report's summary from stored evaluations. */
final class EvaluationTrends {

    private EvaluationTrends() {
    }

    /**
     * Rows in the checklist's order; a retired point stays as long as a shown evaluation rated it, and
     * a point an evaluation rated that the checklist no longer knows (none should) comes last.
     */
    static EvaluationTrend of(EvaluationChecklist checklist, List<Evaluation> oldestFirst) {
        var columns = oldestFirst.stream()
                .map(evaluation -> new EvaluationTrend.Column(evaluation.getId(), evaluation.getTitle(), evaluation.getDate()))
                .toList();
        var rows = new LinkedHashMap<String, EvaluationTrend.Row>();
        for (ChecklistPoint point : checklist.getPoints()) {
            if (!point.isRetired() || oldestFirst.stream().anyMatch(evaluation -> evaluation.rating(point.getId()).isPresent())) {
                rows.put(point.getId(), new EvaluationTrend.Row(point.getId(), point.getSection(), point.getText(),
                        point.isRetired(), grades(point.getId(), oldestFirst)));
            }
        }
        for (Evaluation evaluation : oldestFirst.reversed()) {
            for (PointRating rating : evaluation.getRatings()) {
                rows.computeIfAbsent(rating.getPointId(), id -> new EvaluationTrend.Row(id, rating.getSection(),
                        rating.getPointText(), true, grades(id, oldestFirst)));
            }
        }
        return new EvaluationTrend(columns, List.copyOf(rows.values()));
    }

    static EvaluationSummary summary(Evaluation latest, Evaluation previous) {
        var points = new ArrayList<EvaluationSummary.Point>();
        for (PointRating rating : latest.getRatings()) {
            var before = previous == null ? null : previous.rating(rating.getPointId()).map(PointRating::getGrade).orElse(null);
            points.add(new EvaluationSummary.Point(rating.getSection(), rating.getPointId(), rating.getPointText(),
                    rating.getGrade(), before, rating.getComment(), rating.getResponsibleOrganisationId(),
                    rating.getResponsibleOrganisationName(),
                    rating.getTaskId()));
        }
        points.sort(java.util.Comparator.comparing(EvaluationSummary.Point::section));
        return new EvaluationSummary(latest.getId(), latest.getTitle(), latest.getDate(),
                previous == null ? null : previous.getTitle(), previous == null ? null : previous.getDate(), List.copyOf(points));
    }

    private static List<Grade> grades(String pointId, List<Evaluation> evaluations) {
        var grades = new ArrayList<Grade>();
        for (Evaluation evaluation : evaluations) {
            grades.add(evaluation.rating(pointId).map(PointRating::getGrade).orElse(null));
        }
        return java.util.Collections.unmodifiableList(grades);
    }
}
