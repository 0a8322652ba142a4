package de.arbeitsgruppe.portal.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation as the leadership report shows it: every point with its grade, the grade of the
 * evaluation before (the trend), comment, responsible organisation and the task made from it.
 */
public record EvaluationSummary(String evaluationId, String title, LocalDate date, String previousTitle,
        LocalDate previousDate, List<Point> points) {

    public record Point(EvaluationSection section, String pointId, String text, Grade grade, Grade previousGrade,
            String comment, String responsibleOrganisationId, String responsibleOrganisationName, String taskId) {
    }

    public long count(Grade grade) {
        return points.stream().filter(point -> point.grade() == grade).count();
    }
}
