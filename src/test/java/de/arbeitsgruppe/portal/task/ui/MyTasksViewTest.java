package de.arbeitsgruppe.portal.task.ui;

import static de.arbeitsgruppe.portal.task.ui.TaskPageFixtures.forClara;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.ViewTest;
import de.arbeitsgruppe.portal.account.Account;
import de.arbeitsgruppe.portal.account.AccountManagement;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "clara.jobcenter", roles = "MEMBER")
class MyTasksViewTest extends ViewTest {

    @Autowired
    TaskManagement tasks;
    @Autowired
    OrganisationManagement organisations;
    @Autowired
    AccountManagement accounts;
    @Autowired
    Clock clock;

    @Test
    void listsTheUsersOwnAndTheirOrganisationsOpenTasksOverdueFirst() {
        var marker = unique("Meine");
        var later = forClara(tasks, marker + " später", today().plusDays(20));
        var organisations = TaskPageFixtures.give(tasks, marker + " Jobcenter", null, TaskPageFixtures.JOBCENTER,
                today().plusDays(4), Visibility.INTERNAL);
        var overdue = forClara(tasks, marker + " überfällig", today().plusDays(1));
        TaskPageFixtures.dueOn(tasks, overdue.getId(), today().minusDays(2));
        TaskPageFixtures.give(tasks, marker + " Agentur", null, TaskPageFixtures.AGENTUR, today().plusDays(2),
                Visibility.INTERNAL);
        var done = forClara(tasks, marker + " erledigt", today().plusDays(3));
        TaskPageFixtures.status(tasks, done.getId(), TaskStatus.DONE, null);

        var view = navigate(MyTasksView.class);

        assertThat(heading().getText()).isEqualTo("Meine Aufgaben");
        assertThat(view.status.getValue()).isEqualTo(MyTasksView.StatusChoice.CURRENT);
        assertThat(titles(view, marker)).containsExactly(marker + " überfällig", marker + " Jobcenter", marker + " später");
        var row = rowOf(view, overdue);
        assertThat(view.list.getHeaders()).containsExactly("Titel", "Zuständig", "Fällig am", "Status", "Herkunft");
        assertThat(((Anchor) view.list.getCellComponent(row, 0)).getHref()).isEqualTo("aufgaben/" + overdue.getId());
        assertThat(view.list.getCellText(row, 1)).isEqualTo("Clara Jobcenter (Jobcenter Musterstadt)");
        assertThat(view.list.getCellText(row, 2)).isEqualTo(Formats.date(today().minusDays(2)) + " – überfällig");
        assertThat(view.list.getCellText(row, 3)).isEqualTo("Offen");
        assertThat(view.list.getCellText(rowOf(view, organisations), 1))
                .isEqualTo("Jobcenter Musterstadt (ganze Organisation)");
        assertThat(view.list.getCellText(rowOf(view, later), 2)).isEqualTo(Formats.date(today().plusDays(20)));
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void theStatusFilterShowsTheDoneTasks() {
        var marker = unique("Gefiltert");
        forClara(tasks, marker + " offen", today().plusDays(3));
        var done = forClara(tasks, marker + " erledigt", today().plusDays(3));
        TaskPageFixtures.status(tasks, done.getId(), TaskStatus.DONE, null);
        var view = navigate(MyTasksView.class);

        test(view.status).selectItem("Erledigt");

        assertThat(titles(view, marker)).containsExactly(marker + " erledigt");
        assertThat(view.list.getCellText(rowOf(view, done), 3)).isEqualTo("Erledigt");

        test(view.status).selectItem("Alle");

        assertThat(titles(view, marker)).containsExactlyInAnyOrder(marker + " offen", marker + " erledigt");
    }

    @Test
    void withoutTasksSaysWhereTasksComeFrom() {
        var username = "ohne-aufgaben-" + unique("").strip();
        SignedIn.as(SignedIn.ADMIN, Role.ADMIN, () -> {
            var organisation = organisations.create(new Organisation(unique("Verein ohne Aufgaben"), unique("Ohne"),
                    OrganisationKind.EHRENAMT, Membership.PARTNER));
            return accounts.create(new Account(username, "Paula Partner", Role.PARTNER, organisation.getId()),
                    "Ohne-Aufgaben-1");
        });

        var view = SignedIn.as(username, Role.PARTNER, () -> navigate(MyTasksView.class));

        assertThat(view.list.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Keine offenen Aufgaben. Aufgaben aus Protokollen erscheinen hier, "
                + "sobald sie Ihnen oder Ihrer Organisation zugewiesen sind.");
        assertThat(view.create.isVisible()).isFalse();

        SignedIn.as(username, Role.PARTNER, () -> test(view.status).selectItem("Entfällt"));

        assertThat(view.empty.getText()).startsWith("Keine Aufgaben mit diesem Status.");
    }

    @Test
    @WithMockUser(username = "anna.koordination", roles = "COORDINATOR")
    void offersTheOfficeANewTask() {
        var view = navigate(MyTasksView.class);

        assertThat(view.create.isVisible()).isTrue();
        test(view.create).click();

        assertThat(getCurrentView()).isInstanceOf(TaskEditView.class);
    }

    @Test
    void leadsToTheChoiceOfTaskMails() {
        var view = navigate(MyTasksView.class);

        assertThat(view.mailSettings.getText()).isEqualTo("E-Mail-Benachrichtigungen zu Aufgaben einstellen");
        assertThat(view.mailSettings.getHref()).isEqualTo("aufgaben/benachrichtigungen");
    }

    @Test
    void offersMembersNoNewTask() {
        assertThat(navigate(MyTasksView.class).create.isVisible()).isFalse();
    }

    private static List<String> titles(MyTasksView view, String marker) {
        return view.list.getItems().stream().map(Task::getTitle).filter(title -> title.startsWith(marker)).toList();
    }

    private static int rowOf(MyTasksView view, Task task) {
        var items = view.list.getItems();
        return IntStream.range(0, items.size()).filter(i -> items.get(i).getId().equals(task.getId())).findFirst()
                .orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
