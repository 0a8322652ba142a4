package de.arbeitsgruppe.portal.evaluation;

import de.arbeitsgruppe.portal.report.ReportContribution;
import de.arbeitsgruppe.portal.report.ReportRequest;
import de.arbeitsgruppe.portal.report.ReportSection;
import de.arbeitsgruppe.portal.report.ReportTable;
import de.arbeitsgruppe.portal.report.ReportTable.Row;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The process evaluation in the leadership report: the newest evaluation up to the period's end, per
 * area how many points are met, and what changed since the evaluation before. The points still open
 * are named in words, as the leadership has to act on them. An organisation's report counts the points
 * it is responsible for.
 */
@Component
class EvaluationReportSection implements ReportContribution {

    static final String KEY = "evaluation";
    private static final List<Grade> COUNTED = List.of(Grade.MET, Grade.PARTLY, Grade.NOT_MET, Grade.NOT_APPLICABLE);

    private final EvaluationManagement evaluations;

    EvaluationReportSection(EvaluationManagement evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        var title = request.text("report.evaluation.title");
        var found = evaluations.latestUpTo(request.period().to());
        if (found.isEmpty()) {
            return new ReportSection(KEY, title, request.text("report.evaluation.none"), List.of());
        }
        var summary = found.get();
        var points = summary.points().stream()
                .filter(point -> request.isWholeGroup() || request.organisationId().equals(point.responsibleOrganisationId()))
                .toList();
        return new ReportSection(KEY, title, note(request, summary, points),
                List.of(gradesBySection(request, points), changes(request, points)));
    }

    private static ReportTable gradesBySection(ReportRequest request, List<EvaluationSummary.Point> points) {
        var rows = Arrays.stream(EvaluationSection.values())
                .filter(section -> points.stream().anyMatch(point -> point.section() == section))
                .map(section -> new Row(request.text(section.translationKey()), COUNTED.stream()
                        .map(grade -> (double) points.stream().filter(p -> p.section() == section && p.grade() == grade).count())
                        .toList()))
                .toList();
        return new ReportTable(request.text("report.evaluation.bySection"), request.text("report.evaluation.section"),
                COUNTED.stream().map(grade -> request.text(grade.translationKey())).toList(), rows, true);
    }

    /** Better, the same or worse than the evaluation before; points not rated then (or not applicable) are left out. */
    private static ReportTable changes(ReportRequest request, List<EvaluationSummary.Point> points) {
        long better = 0;
        long same = 0;
        long worse = 0;
        for (var point : points) {
            var now = rank(point.grade());
            var before = rank(point.previousGrade());
            if (now < 0 || before < 0) {
                continue;
            }
            if (now > before) {
                better++;
            } else if (now < before) {
                worse++;
            } else {
                same++;
            }
        }
        return new ReportTable(request.text("report.evaluation.changes"), request.text("report.evaluation.change"),
                List.of(request.text("report.count")),
                List.of(Row.of(request.text("report.evaluation.better"), better), Row.of(request.text("report.evaluation.same"), same),
                        Row.of(request.text("report.evaluation.worse"), worse)), false);
    }

    private static int rank(Grade grade) {
        if (grade == null) {
            return -1;
        }
        return switch (grade) {
            case NOT_MET -> 0;
            case PARTLY -> 1;
            case MET -> 2;
            case NOT_APPLICABLE -> -1;
        };
    }

    private static String note(ReportRequest request, EvaluationSummary summary, List<EvaluationSummary.Point> points) {
        var open = points.stream().filter(point -> point.grade() != null && point.grade().needsAction())
                .map(point -> point.text() + " (" + request.text(point.grade().translationKey())
                        + (point.responsibleOrganisationName() == null ? "" : ", " + point.responsibleOrganisationName()) + ")")
                .collect(Collectors.joining("; "));
        var which = request.text("report.evaluation.note", summary.title(), Formats.date(summary.date()));
        // an evaluation started but not (fully) rated yet must not read as "nothing open" to the leadership
        var unrated = points.stream().filter(point -> point.grade() == null).count();
        var notRated = unrated == 0 ? "" : " " + request.text("report.evaluation.unrated", unrated, points.size());
        if (open.isEmpty()) {
            return unrated == 0 ? which + " " + request.text("report.evaluation.allMet") : which + notRated;
        }
        return which + " " + request.text("report.evaluation.open", open) + notRated;
    }
}
