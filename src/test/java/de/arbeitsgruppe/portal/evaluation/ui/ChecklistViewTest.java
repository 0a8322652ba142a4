package de.arbeitsgruppe.portal.evaluation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.evaluation.ChecklistManagement;
import de.arbeitsgruppe.portal.evaluation.EvaluationSection;
import de.arbeitsgruppe.portal.shared.ui.ForbiddenView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The office's checklist editor on the demo checklist; points added here are retired again. */
class ChecklistViewTest extends ViewTest {

    @Autowired
    ChecklistManagement checklists;

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void showsTheRecommendationsDefaultPerSectionInEditableFields() {
        var view = navigate(ChecklistView.class);

        assertThat(heading().getText()).isEqualTo("Checkliste der Evaluation");
        assertThat(view.rows).extracting(row -> row.text.getValue()).contains(
                "Feste Ansprechpersonen sind auf beiden Seiten benannt.",
                "Der Laufzettel wird ausgehändigt.",
                "Maßnahmen werden gemeinsam geplant.",
                "Die Arbeitsgruppe berichtet den Leitungsebenen.");
        assertThat(view.rows.getFirst().text.getLabel()).isEqualTo("Punkt 1");
        assertThat(view.rows.getFirst().up.isEnabled()).as("the first point cannot move up").isFalse();
        assertThat(view.newPoints).containsOnlyKeys(EvaluationSection.values());
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void theOfficeAddsAPointAndRetiresItAgain() {
        var view = navigate(ChecklistView.class);
        var text = unique("Ehrenamtliche sind eingebunden");

        view.newPoints.get(EvaluationSection.GROUP).setValue(text);
        test(find(com.vaadin.flow.component.button.Button.class)
                .withAttribute("aria-label", "Hinzufügen zu Pflichten der Arbeitsgruppe").single()).click();

        var added = row(view, text);
        assertThat(notifications()).contains("Gespeichert.");
        assertThat(added.retire.getText()).isEqualTo("Entfallen lassen");
        test(added.retire).click();

        var retired = row(view, text);
        assertThat(retired.text.getLabel()).endsWith("(entfallen)");
        assertThat(retired.retire.getText()).isEqualTo("Wieder aufnehmen");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void refusesABlankWordingAtItsField() {
        var view = navigate(ChecklistView.class);
        var first = view.rows.getFirst();
        var before = first.text.getValue();

        first.text.setValue("  ");
        test(first.saveText).click();

        assertThat(first.text.isInvalid()).isTrue();
        assertThat(first.text.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(checklists.current().getPoints()).extracting(point -> point.getText()).contains(before);
    }

    @Test
    @WithMockUser(username = "bernd.agentur", roles = "MEMBER")
    void aMemberMayNotEditTheChecklist() {
        navigate("evaluation/checkliste", ForbiddenView.class);

        assertThat(heading().getText()).isEqualTo("Kein Zugriff");
    }

    private static ChecklistPointRow row(ChecklistView view, String text) {
        return view.rows.stream().filter(row -> row.text.getValue().equals(text)).findFirst().orElseThrow();
    }
}
