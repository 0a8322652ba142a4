package de.arbeitsgruppe.portal.evaluation;

import static de.arbeitsgruppe.portal.evaluation.Grade.MET;
import static de.arbeitsgruppe.portal.evaluation.Grade.NOT_APPLICABLE;
import static de.arbeitsgruppe.portal.evaluation.Grade.NOT_MET;
import static de.arbeitsgruppe.portal.evaluation.Grade.PARTLY;

import de.arbeitsgruppe.portal.evaluation.internal.Evaluations;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import de.arbeitsgruppe.portal.task.DemoTasks;
import de.arbeitsgruppe.portal.task.TaskOrigin;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo evaluations, seeded once in demo mode: the default checklist and two evaluations held about a
 * year and half a year ago, with points met, partly met and not met, so the trend shows movement at
 * first start. The Jobcenter's missing central mailbox, not met twice, was made a task already; the
 * missing case conferences wait for the office's click. Written as the office held them: no mails.
 */
@Component
@Order(75)
class DemoEvaluations implements ApplicationRunner {

    static final String OLDER = "e-demo-1";
    static final String NEWER = "e-demo-2";
    static final String MAILBOX_TASK = "t-demo-evaluation-postfach";
    private static final String OFFICE = "anna.koordination";
    private static final String KOMMUNE = "org-landkreis-musterstadt";
    private static final String AGENTUR = "org-agentur-musterstadt";
    private static final String JOBCENTER = "org-jobcenter-musterstadt";

    /** Grade, comment, responsible organisation of one point. */
    private record Plan(Grade grade, String comment, String organisationId) {
    }

    private final Evaluations evaluations;
    private final ChecklistManagement checklists;
    private final OrganisationManagement organisations;
    private final DemoTasks demoTasks;
    private final PortalProperties properties;

    DemoEvaluations(Evaluations evaluations, ChecklistManagement checklists, OrganisationManagement organisations,
            DemoTasks demoTasks, PortalProperties properties) {
        this.evaluations = evaluations;
        this.checklists = checklists;
        this.organisations = organisations;
        this.demoTasks = demoTasks;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || evaluations.existsById(OLDER)) {
            return;
        }
        var group = properties.workingGroupId();
        var points = checklists.currentOf(group).activePoints();
        var today = Formats.today();
        save(OLDER, today.minusMonths(12).withDayOfMonth(10), points, Map.ofEntries(
                Map.entry("ka-kontakte", new Plan(MET, null, KOMMUNE)),
                Map.entry("ka-fragebogen", new Plan(PARTLY, "Wird genutzt, kommt aber oft erst nach Wochen an.", AGENTUR)),
                Map.entry("ka-datenuebermittlung", new Plan(NOT_MET, "Noch keine Vereinbarung.", KOMMUNE)),
                Map.entry("ka-verschluesselt", new Plan(PARTLY, "Nur für Bescheide, nicht für Listen.", KOMMUNE)),
                Map.entry("ka-erstkontakt", new Plan(MET, null, AGENTUR)),
                Map.entry("ka-arbeitsgelegenheiten", new Plan(NOT_APPLICABLE, "Derzeit keine Arbeitsgelegenheiten.", KOMMUNE)),
                Map.entry("kj-einstellungsbescheid", new Plan(NOT_MET, "Bescheide gehen per Post.", KOMMUNE)),
                Map.entry("kj-laufzettel", new Plan(MET, null, KOMMUNE)),
                Map.entry("kj-postfaecher", new Plan(NOT_MET, "Das Jobcenter hat noch kein Funktionspostfach.", JOBCENTER)),
                Map.entry("kj-unterlagen", new Plan(PARTLY, null, JOBCENTER)),
                Map.entry("aj-integrationsbemuehungen", new Plan(PARTLY, null, AGENTUR)),
                Map.entry("aj-durchfinanzierung", new Plan(MET, null, AGENTUR)),
                Map.entry("aj-fallkonferenzen", new Plan(NOT_MET, "Bisher nur im Einzelfall.", JOBCENTER)),
                Map.entry("aj-massnahmenplanung", new Plan(PARTLY, null, AGENTUR)),
                Map.entry("ag-besetzung", new Plan(MET, null, KOMMUNE)),
                Map.entry("ag-sitzungen", new Plan(MET, null, KOMMUNE)),
                Map.entry("ag-protokolle", new Plan(MET, null, KOMMUNE)),
                Map.entry("ag-berichte", new Plan(NOT_MET, "Noch kein Bericht an die Leitungsebenen.", KOMMUNE))));
        var newer = save(NEWER, today.minusMonths(5).withDayOfMonth(12), points, Map.ofEntries(
                Map.entry("ka-kontakte", new Plan(MET, null, KOMMUNE)),
                Map.entry("ka-fragebogen", new Plan(MET, null, AGENTUR)),
                Map.entry("ka-datenuebermittlung", new Plan(MET, "Monatlich zum 5., seit dem Frühjahr.", KOMMUNE)),
                Map.entry("ka-verschluesselt", new Plan(PARTLY, "Listen gehen noch unverschlüsselt.", KOMMUNE)),
                Map.entry("ka-erstkontakt", new Plan(MET, null, AGENTUR)),
                Map.entry("ka-arbeitsgelegenheiten", new Plan(NOT_APPLICABLE, null, KOMMUNE)),
                Map.entry("kj-einstellungsbescheid", new Plan(PARTLY, "Verschlüsselung in Erprobung.", KOMMUNE)),
                Map.entry("kj-laufzettel", new Plan(MET, null, KOMMUNE)),
                Map.entry("kj-postfaecher", new Plan(NOT_MET, "Weiterhin kein Funktionspostfach.", JOBCENTER)),
                Map.entry("kj-unterlagen", new Plan(MET, null, JOBCENTER)),
                Map.entry("aj-integrationsbemuehungen", new Plan(PARTLY, null, AGENTUR)),
                Map.entry("aj-durchfinanzierung", new Plan(MET, null, AGENTUR)),
                Map.entry("aj-fallkonferenzen", new Plan(NOT_MET, "Kein fester Termin vereinbart.", JOBCENTER)),
                Map.entry("aj-massnahmenplanung", new Plan(MET, null, AGENTUR)),
                Map.entry("ag-besetzung", new Plan(MET, null, KOMMUNE)),
                Map.entry("ag-sitzungen", new Plan(MET, null, KOMMUNE)),
                Map.entry("ag-protokolle", new Plan(MET, null, KOMMUNE)),
                Map.entry("ag-berichte", new Plan(PARTLY, "Erster Bericht im Entwurf.", KOMMUNE))));
        newer.rating("kj-postfaecher").ifPresent(rating -> {
            demoTasks.fromEvaluation(MAILBOX_TASK, TaskOrigin.ofEvaluation(NEWER, rating.getPointId(), newer.getTitle(),
                    rating.getPointText()), rating.getPointText(), rating.getComment(), JOBCENTER,
                    rating.getSection().contactInterface());
            rating.taskMade(MAILBOX_TASK);
            evaluations.save(newer);
        });
    }

    private Evaluation save(String id, LocalDate date, java.util.List<ChecklistPoint> points, Map<String, Plan> plans) {
        var group = properties.workingGroupId();
        var evaluation = new Evaluation(group, "Evaluierung der Abläufe, Sitzung am " + Formats.date(date), date, points,
                OFFICE, date.atTime(12, 0).atZone(Formats.ZONE).toInstant());
        evaluation.assignId(id);
        evaluation.getRatings().forEach(rating -> {
            var plan = plans.get(rating.getPointId());
            if (plan != null) {
                rating.rate(plan.grade(), plan.comment(), plan.organisationId(),
                        organisations.nameOf(plan.organisationId(), group).orElse(null));
            }
        });
        return evaluations.save(evaluation);
    }
}
