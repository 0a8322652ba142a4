package de.arbeitsgruppe.portal;

import de.arbeitsgruppe.portal.AuthorizationMatrixTest.Who;
import de.arbeitsgruppe.portal.evaluation.ChecklistManagement;
import de.arbeitsgruppe.portal.evaluation.Evaluation;
import de.arbeitsgruppe.portal.evaluation.EvaluationManagement;
import de.arbeitsgruppe.portal.evaluation.EvaluationSection;
import de.arbeitsgruppe.portal.evaluation.Grade;
import de.arbeitsgruppe.portal.evaluation.RatingChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Arguments for the process evaluation's methods in the authorization matrix, made by the matrix's
 * admin just before each call: evaluations dated in 1950 (so the demo evaluations stay the newest on
 * the trend page) and checklist points of their own, retired again where the call does not.
 */
final class EvaluationArguments {

    private static final String KOMMUNE = "org-landkreis-musterstadt";
    private static final LocalDate DATE = LocalDate.of(1950, 1, 1);

    private final EvaluationManagement evaluations;
    private final ChecklistManagement checklists;

    EvaluationArguments(ApplicationContext context) {
        this.evaluations = context.getBean(EvaluationManagement.class);
        this.checklists = context.getBean(ChecklistManagement.class);
    }

    Map<String, Function<Who, Object[]>> arguments() {
        var arguments = new TreeMap<String, Function<Who, Object[]>>();
        arguments.put("ChecklistManagement.current()", who -> args());
        arguments.put("ChecklistManagement.add(long, EvaluationSection, String)",
                who -> args(checklists.current().getVersion(), EvaluationSection.GROUP, "Matrix-Punkt"));
        arguments.put("ChecklistManagement.reword(long, String, String)", who -> {
            var point = matrixPoint();
            return args(checklists.current().getVersion(), point, "Matrix-Punkt, neu gefasst");
        });
        arguments.put("ChecklistManagement.move(long, String, int)", who -> {
            var point = matrixPoint();
            return args(checklists.current().getVersion(), point, -1);
        });
        arguments.put("ChecklistManagement.retire(long, String, boolean)", who -> {
            var point = matrixPoint();
            return args(checklists.current().getVersion(), point, true);
        });
        arguments.put("EvaluationManagement.list(int)", who -> args(10));
        arguments.put("EvaluationManagement.find(String)", who -> args(evaluation().getId()));
        arguments.put("EvaluationManagement.mayRate()", who -> args());
        arguments.put("EvaluationManagement.trend()", who -> args());
        arguments.put("EvaluationManagement.latestUpTo(LocalDate)", who -> args(DATE));
        arguments.put("EvaluationManagement.create(String, LocalDate)", who -> args("Matrix-Evaluation", DATE));
        arguments.put("EvaluationManagement.rate(String, long, List)", who -> {
            var evaluation = evaluation();
            return args(evaluation.getId(), evaluation.getVersion(),
                    List.of(new RatingChange("ag-sitzungen", Grade.MET, "Matrix", KOMMUNE)));
        });
        arguments.put("EvaluationManagement.taskFor(String, String)", who -> {
            var evaluation = evaluation();
            evaluations.rate(evaluation.getId(), evaluation.getVersion(),
                    List.of(new RatingChange("ag-berichte", Grade.NOT_MET, "Matrix", KOMMUNE)));
            return args(evaluation.getId(), "ag-berichte");
        });
        return arguments;
    }

    /** A point of the matrix's own, retired at once: new evaluations leave it out, the calls may still change it. */
    private String matrixPoint() {
        var added = checklists.add(checklists.current().getVersion(), EvaluationSection.GROUP, "Matrix-Punkt");
        var point = added.pointsOf(EvaluationSection.GROUP).getLast().getId();
        checklists.retire(added.getVersion(), point, true);
        return point;
    }

    private Evaluation evaluation() {
        return evaluations.create("Matrix-Evaluation", DATE);
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
