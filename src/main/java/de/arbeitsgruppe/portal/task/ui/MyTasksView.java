package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskStatus;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * "Meine Aufgaben": the user's own tasks and those of their organisation as a whole, overdue first,
 * open and in progress unless the user asks for others. A table at a desk, one card per task on a phone.
 */
@Route("aufgaben/meine")
@Menu(order = 5, icon = "vaadin:tasks", title = "task.mine.title")
@PermitAll
public class MyTasksView extends PortalView {

    /** More than one person's tasks fill; the office's list of all tasks pages beyond. */
    static final int LIMIT = 500;

    /** What the list shows by status. */
    public enum StatusChoice {
        CURRENT(EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS)),
        OPEN(EnumSet.of(TaskStatus.OPEN)),
        IN_PROGRESS(EnumSet.of(TaskStatus.IN_PROGRESS)),
        DONE(EnumSet.of(TaskStatus.DONE)),
        DROPPED(EnumSet.of(TaskStatus.DROPPED)),
        ALL(EnumSet.noneOf(TaskStatus.class));

        private final Set<TaskStatus> statuses;

        StatusChoice(Set<TaskStatus> statuses) {
            this.statuses = statuses;
        }

        public String translationKey() {
            return "task.mine.filter." + name().toLowerCase();
        }
    }

    final Select<StatusChoice> status = new Select<>();
    final Button create = new Button();
    final ResponsiveTable<Task> list = new ResponsiveTable<>(getTranslation("task.mine.title"));
    final Paragraph empty = new Paragraph();
    final Paragraph capped = new Paragraph();
    final com.vaadin.flow.component.html.Anchor mailSettings = new com.vaadin.flow.component.html.Anchor(
            "aufgaben/benachrichtigungen", "");

    private final TaskManagement tasks;
    private final Clock clock;

    MyTasksView(TaskManagement tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        status.setLabel(getTranslation("task.facts.status"));
        status.setItems(StatusChoice.values());
        status.setItemLabelGenerator(EnumLabels.of(this, StatusChoice::translationKey));
        status.setValue(StatusChoice.CURRENT);
        status.addValueChangeListener(change -> refresh());
        create.setText(getTranslation("task.mine.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("aufgaben/neu")));
        create.setVisible(tasks.mayCreate());
        configureList();
        empty.addClassName("portal-empty");
        capped.addClassName("portal-flag");
        mailSettings.setText(getTranslation("task.mine.mailSettings"));
        add(create, status, list, empty, capped, new Paragraph(mailSettings));
        refresh();
    }

    private void configureList() {
        list.addComponentColumn(getTranslation("task.facts.title"),
                task -> new Anchor("aufgaben/" + task.getId(), task.getTitle()));
        list.addColumn(getTranslation("task.facts.owner"), task -> TaskTexts.owner(this, task));
        list.addComponentColumn(getTranslation("task.facts.due"), this::due);
        list.addColumn(getTranslation("task.facts.status"), task -> getTranslation(task.getStatus().translationKey()));
        list.addColumn(getTranslation("task.facts.origin"), task -> TaskTexts.origin(this, task.getOrigin()));
    }

    private Component due(Task task) {
        return TaskTexts.due(this, task, LocalDate.now(clock));
    }

    void refresh() {
        var choice = status.getValue() == null ? StatusChoice.CURRENT : status.getValue();
        var found = tasks.mine(choice.statuses, LIMIT);
        list.setItems(found);
        list.setVisible(!found.isEmpty());
        empty.setVisible(found.isEmpty());
        empty.setText(getTranslation(choice == StatusChoice.CURRENT ? "task.mine.empty" : "task.mine.empty.filtered"));
        capped.setVisible(found.size() >= LIMIT);
        capped.setText(getTranslation("task.mine.capped", LIMIT));
    }

    @Override
    protected String titleKey() {
        return "task.mine.title";
    }
}
