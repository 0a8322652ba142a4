package de.arbeitsgruppe.portal.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.task.TaskMailChoices;
import de.arbeitsgruppe.portal.task.TaskMailKind;
import de.arbeitsgruppe.portal.task.TaskMailSettings;
import de.arbeitsgruppe.portal.task.TaskMailTiming;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = SignedIn.ADMIN, roles = Role.ADMIN_NAME)
class TaskMailSettingsViewTest extends ViewTest {

    @Autowired
    TaskMailSettings settings;

    @BeforeEach
    @AfterEach
    void everythingAtOnce() {
        change(mine -> {
            for (TaskMailKind kind : TaskMailKind.values()) {
                mine.choose(kind, TaskMailTiming.AT_ONCE);
            }
        });
    }

    @Test
    void offersAChoiceForEveryKindOfMailAndStartsWithEverythingAtOnce() {
        var view = navigate(TaskMailSettingsView.class);

        assertThat(heading().getText()).isEqualTo("Benachrichtigungen zu Aufgaben");
        assertThat(view.timings.values()).extracting(RadioButtonGroup::getLabel).containsExactly(
                "Eine Aufgabe wird mir übertragen", "Eine Aufgabe wird meiner Organisation übertragen",
                "Jemand kommentiert meine Aufgabe", "Eine Aufgabe wird bald fällig", "Eine Aufgabe ist überfällig");
        assertThat(view.timings.values()).allSatisfy(group -> assertThat(group.getValue()).isEqualTo(TaskMailTiming.AT_ONCE));
        assertThat(labels(view.timings.get(TaskMailKind.OVERDUE)))
                .containsExactly("Sofort", "Tägliche Zusammenfassung", "Gar nicht");
    }

    @Test
    void doesNotOfferToSwitchOffTheMailAboutATaskGivenToOneself() {
        var view = navigate(TaskMailSettingsView.class);

        var ownTasks = view.timings.get(TaskMailKind.ASSIGNED_TO_ME);
        assertThat(labels(ownTasks)).containsExactly("Sofort", "Tägliche Zusammenfassung");
        assertThat(ownTasks.getHelperText()).isEqualTo("Kann nicht abgeschaltet werden.");
    }

    @Test
    void savesTheChoicesAndShowsThemOnTheNextVisit() {
        var view = navigate(TaskMailSettingsView.class);

        view.timings.get(TaskMailKind.DUE_SOON).setValue(TaskMailTiming.DAILY_SUMMARY);
        view.timings.get(TaskMailKind.COMMENT_ON_MY_TASK).setValue(TaskMailTiming.OFF);
        test(view.save).click();

        assertThat(notifications()).contains("Ihre Einstellungen sind gespeichert.");
        navigate(MyTasksView.class);
        var again = navigate(TaskMailSettingsView.class);
        assertThat(again.timings.get(TaskMailKind.DUE_SOON).getValue()).isEqualTo(TaskMailTiming.DAILY_SUMMARY);
        assertThat(again.timings.get(TaskMailKind.COMMENT_ON_MY_TASK).getValue()).isEqualTo(TaskMailTiming.OFF);
        assertThat(again.timings.get(TaskMailKind.OVERDUE).getValue()).isEqualTo(TaskMailTiming.AT_ONCE);
    }

    @Test
    void aSaveOfChoicesChangedMeanwhileInAnotherTabIsAConflictAndKeepsWhatWasChosen() {
        var view = navigate(TaskMailSettingsView.class);
        change(mine -> mine.choose(TaskMailKind.OVERDUE, TaskMailTiming.OFF));

        view.timings.get(TaskMailKind.DUE_SOON).setValue(TaskMailTiming.DAILY_SUMMARY);
        test(view.save).click();

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("Jemand anderes hat diesen Eintrag inzwischen geändert."));
        assertThat(view.timings.get(TaskMailKind.DUE_SOON).getValue()).isEqualTo(TaskMailTiming.DAILY_SUMMARY);
        assertThat(SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> settings.mine().timing(TaskMailKind.DUE_SOON)))
                .isEqualTo(TaskMailTiming.AT_ONCE);
    }

    private void change(Consumer<TaskMailChoices> change) {
        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> {
            var mine = settings.mine();
            change.accept(mine);
            settings.save(mine);
        });
    }

    private static List<String> labels(RadioButtonGroup<TaskMailTiming> group) {
        return group.getListDataView().getItems().map(group.getItemLabelGenerator()).toList();
    }
}
