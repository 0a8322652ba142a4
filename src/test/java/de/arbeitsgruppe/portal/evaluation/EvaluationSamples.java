package de.arbeitsgruppe.portal.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** New documents of the evaluation module for tests outside its package, e.g. the audit coverage. */
public final class EvaluationSamples {

    private EvaluationSamples() {
    }

    public static Evaluation evaluation(String suffix) {
        return new Evaluation("ag-musterstadt", "Probe " + suffix, LocalDate.of(1951, 1, 1),
                List.of(new ChecklistPoint("probe", EvaluationSection.GROUP, "Probepunkt")), "audit-probe", Instant.now());
    }

    /** Rates the sample's point: a change the audit trail must show. */
    public static void rate(Object evaluation) {
        ((Evaluation) evaluation).getRatings().getFirst().rate(Grade.PARTLY, "Probe geändert", null, null);
    }

    /** A checklist kept under an id of its own (a checklist's id is its working group's). */
    public static EvaluationChecklist checklist(String suffix) {
        return new EvaluationChecklist("audit-probe-" + suffix,
                List.of(new ChecklistPoint("probe", EvaluationSection.GROUP, "Probepunkt")));
    }

    public static void reword(Object checklist) {
        ((EvaluationChecklist) checklist).getPoints().getFirst().setText("Probepunkt geändert");
    }
}
