package de.arbeitsgruppe.portal.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * The trend page's table: the evaluations as columns (oldest first) and the checklist's points as
 * rows, each with its grade in every column (null: not rated then, or not yet on the checklist).
 */
public record EvaluationTrend(List<Column> columns, List<Row> rows) {

    public record Column(String evaluationId, String title, LocalDate date) {
    }

    /** {@code retired}: no longer on the checklist; kept while an evaluation shown here rated it. */
    public record Row(String pointId, EvaluationSection section, String text, boolean retired, List<Grade> grades) {

        /** The newest grade given, and the one before it: the direction the point is moving in. */
        public Grade latest() {
            return grades.reversed().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
    }
}
