package de.arbeitsgruppe.portal.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.evaluation.Evaluation;
import de.arbeitsgruppe.portal.evaluation.EvaluationManagement;
import de.arbeitsgruppe.portal.evaluation.Grade;
import de.arbeitsgruppe.portal.evaluation.RatingChange;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.NotFoundView;
import de.arbeitsgruppe.portal.task.ui.TaskDetailView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Rating an evaluation: the demo evaluation as stored, saving, a conflict, and a task in one click. */
class EvaluationViewTest extends ViewTest {

    private static final String CASE_CONFERENCES = "aj-fallkonferenzen";

    @Autowired
    EvaluationManagement evaluations;

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void showsTheDemoEvaluationSectionBySectionWithThePointAlreadyMadeATask() {
        var view = navigate("evaluation/e-demo-2", EvaluationView.class);

        assertThat(findInView(H2.class).all()).extracting(H2::getText).containsExactly(
                "Schnittstelle Kommune – Agentur für Arbeit", "Schnittstelle Kommune – Jobcenter",
                "Schnittstelle Agentur für Arbeit – Jobcenter", "Pflichten der Arbeitsgruppe");
        var mailboxes = fields(view, "kj-postfaecher");
        assertThat(mailboxes.grade.getValue()).isEqualTo(Grade.NOT_MET);
        assertThat(mailboxes.organisation.getValue().name()).isEqualTo("Jobcenter Musterstadt");
        assertThat(mailboxes.comment.getValue()).isEqualTo("Weiterhin kein Funktionspostfach.");
        assertThat(mailboxes.task.isVisible()).isTrue();
        assertThat(mailboxes.task.getHref()).isEqualTo("aufgaben/t-demo-evaluation-postfach");
        assertThat(mailboxes.makeTask.isVisible()).isFalse();
        assertThat(fields(view, CASE_CONFERENCES).makeTask.isVisible()).as("not met, no task yet").isTrue();
        assertThat(fields(view, "ka-kontakte").makeTask.isVisible()).as("met").isFalse();
        assertThat(view.date.getText()).endsWith("18 von 18 Punkten bewertet.");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void theOfficeSavesAllRatingsInOneGo() {
        var evaluation = fresh("Gespeichert im Test", LocalDate.of(1953, 1, 1));
        var view = navigate("evaluation/" + evaluation.getId(), EvaluationView.class);
        var fields = fields(view, "ka-verschluesselt");

        fields.grade.setValue(Grade.PARTLY);
        fields.organisation.setValue(fields.organisation.getListDataView().getItems()
                .filter(summary -> summary.name().equals("Landkreis Musterstadt")).findFirst().orElseThrow());
        fields.comment.setValue("Nur für Bescheide.");
        test(view.save).click();

        assertThat(notifications()).contains("Gespeichert.");
        var stored = stored(evaluation).rating("ka-verschluesselt").orElseThrow();
        assertThat(stored.getGrade()).isEqualTo(Grade.PARTLY);
        assertThat(stored.getResponsibleOrganisationName()).isEqualTo("Landkreis Musterstadt");
        assertThat(stored.getComment()).isEqualTo("Nur für Bescheide.");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void aSaveAfterSomeoneElsesIsAConflictThatKeepsTheUsersChoiceAndNamesTheStoredOne() {
        var evaluation = fresh("Konflikt im Test", LocalDate.of(1953, 2, 1));
        var view = navigate("evaluation/" + evaluation.getId(), EvaluationView.class);
        SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> evaluations.rate(evaluation.getId(), evaluation.getVersion(),
                List.of(new RatingChange("ag-protokolle", Grade.MET, "Von jemand anderem.", null))));
        var fields = fields(view, "ag-protokolle");

        fields.grade.setValue(Grade.NOT_MET);
        test(view.save).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Jemand anderes hat diese Evaluation"));
        assertThat(fields.grade.getValue()).isEqualTo(Grade.NOT_MET);
        assertThat(fields.storedMeanwhile.isVisible()).isTrue();
        assertThat(fields.storedMeanwhile.getText()).contains("✓ erfüllt", "Von jemand anderem.");
        assertThat(stored(evaluation).rating("ag-protokolle").orElseThrow().getGrade()).isEqualTo(Grade.MET);

        test(view.save).click();

        assertThat(stored(evaluation).rating("ag-protokolle").orElseThrow().getGrade()).isEqualTo(Grade.NOT_MET);
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void aPointNotMetBecomesATaskInOneClickAndThenOffersToOpenIt() {
        var evaluation = fresh("Aufgabe im Test", LocalDate.of(1953, 3, 1));
        var view = navigate("evaluation/" + evaluation.getId(), EvaluationView.class);
        var fields = fields(view, CASE_CONFERENCES);
        fields.grade.setValue(Grade.NOT_MET);
        fields.organisation.setValue(fields.organisation.getListDataView().getItems()
                .filter(summary -> summary.name().equals("Jobcenter Musterstadt")).findFirst().orElseThrow());

        assertThat(fields.makeTask.isVisible()).isTrue();
        test(fields.makeTask).click();

        assertThat(getCurrentView()).isInstanceOf(TaskDetailView.class);
        assertThat(heading().getText()).isEqualTo("Fallübergaben und Fallkonferenzen finden statt.");
        assertThat(textOf(getCurrentView())).as("the task names and links the evaluation it came from")
                .contains(evaluation.getTitle() + ", Punkt „Fallübergaben und Fallkonferenzen finden statt.“");
        var taskId = stored(evaluation).rating(CASE_CONFERENCES).orElseThrow().getTaskId();
        assertThat(taskId).isNotNull();
        var again = navigate("evaluation/" + evaluation.getId(), EvaluationView.class);
        assertThat(fields(again, CASE_CONFERENCES).task.getHref()).isEqualTo("aufgaben/" + taskId);
        assertThat(fields(again, CASE_CONFERENCES).makeTask.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void aTaskWithoutAResponsibleOrganisationIsRefusedWithAReason() {
        var evaluation = fresh("Ohne Verantwortliche", LocalDate.of(1953, 4, 1));
        var view = navigate("evaluation/" + evaluation.getId(), EvaluationView.class);
        var fields = fields(view, CASE_CONFERENCES);
        fields.grade.setValue(Grade.PARTLY);
        fields.organisation.clear();

        test(fields.makeTask).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(notifications()).contains("Bitte zuerst die verantwortliche Organisation wählen: Sie erhält die Aufgabe.");
        assertThat(stored(evaluation).rating(CASE_CONFERENCES).orElseThrow().getTaskId()).isNull();
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void aMemberReadsTheRatingsWithoutChangingThem() {
        var view = navigate("evaluation/e-demo-1", EvaluationView.class);

        assertThat(view.save.isVisible()).isFalse();
        var transfer = fields(view, "ka-datenuebermittlung");
        assertThat(transfer.grade.getValue()).isEqualTo(Grade.NOT_MET);
        assertThat(transfer.grade.isReadOnly()).isTrue();
        assertThat(transfer.comment.isReadOnly()).isTrue();
        assertThat(transfer.makeTask.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void anUnknownIdShowsTheNotFoundPage() {
        navigate("evaluation/gibt-es-nicht", NotFoundView.class);

        assertThat(heading().getText()).isEqualTo("Nicht gefunden");
    }

    private Evaluation fresh(String title, LocalDate date) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> evaluations.create(unique(title), date));
    }

    private Evaluation stored(Evaluation evaluation) {
        return SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> evaluations.find(evaluation.getId())).orElseThrow();
    }

    private static RatingFields fields(EvaluationView view, String pointId) {
        return view.ratings.stream().filter(fields -> fields.pointId.equals(pointId)).findFirst().orElseThrow();
    }
}
