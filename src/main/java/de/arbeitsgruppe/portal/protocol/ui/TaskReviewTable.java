package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskRefused;
import de.arbeitsgruppe.portal.task.TaskReviews;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Stand der Aufgaben" in the minutes: every open task of earlier minutes, by organisation, with what
 * this session recorded. While the office writes the minutes, each row has a choice and one button
 * records them all; a refused row says why at its field and nothing is saved. Everyone else reads the
 * table.
 */
class TaskReviewTable extends Div {

    final Div groups = new Div();
    final Paragraph empty = new Paragraph();
    final Button save = new Button();
    /** The office's choice per task id, in the order of the table. */
    final Map<String, ReviewChoice> choices = new LinkedHashMap<>();
    final Map<String, ResponsiveTable<Task>> tables = new LinkedHashMap<>();

    private final TaskReviews reviews;
    private final String meetingId;
    private final boolean mayRecord;

    TaskReviewTable(TaskReviews reviews, String meetingId, boolean mayRecord) {
        this.reviews = reviews;
        this.meetingId = meetingId;
        this.mayRecord = mayRecord;
        addClassName("protocol-task-review");
        add(new H3(getTranslation("protocol.taskReview.heading")));
        if (mayRecord) {
            add(new Paragraph(getTranslation("protocol.taskReview.intro")));
        }
        empty.setText(getTranslation("protocol.taskReview.empty"));
        empty.addClassName("portal-empty");
        save.setText(getTranslation("protocol.taskReview.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(groups, empty, save);
        load(Map.of());
    }

    /** Shows the tasks as they stand now; choices made before (by task id) stay chosen. */
    void load(Map<String, ReviewChoice> kept) {
        groups.removeAll();
        choices.clear();
        tables.clear();
        List<Task> tasks = reviews.forReview(meetingId);
        var byOrganisation = new LinkedHashMap<String, List<Task>>();
        tasks.forEach(task -> byOrganisation.computeIfAbsent(organisation(task), key -> new java.util.ArrayList<>())
                .add(task));
        byOrganisation.forEach((organisation, owned) -> {
            var table = table(organisation);
            tables.put(organisation, table);
            owned.forEach(task -> {
                if (mayRecord) {
                    var choice = new ReviewChoice(task);
                    if (kept.containsKey(task.getId())) {
                        choice.keep(kept.get(task.getId()));
                    }
                    choices.put(task.getId(), choice);
                }
            });
            table.setItems(owned);
            groups.add(new H4(organisation), table);
        });
        empty.setVisible(tasks.isEmpty());
        save.setVisible(mayRecord && !tasks.isEmpty());
    }

    private ResponsiveTable<Task> table(String organisation) {
        var table = new ResponsiveTable<Task>(getTranslation("protocol.taskReview.of", organisation));
        table.addComponentColumn(getTranslation("protocol.taskReview.column.title"),
                task -> new Anchor(TaskLinks.task(task), task.getTitle()));
        table.addColumn(getTranslation("protocol.taskReview.column.owner"), Task::ownerLine);
        table.addColumn(getTranslation("protocol.taskReview.column.due"), task -> Formats.date(task.getDue()));
        table.addColumn(getTranslation("protocol.taskReview.column.origin"), task -> TaskTexts.origin(this, task));
        table.addColumn(getTranslation("protocol.taskReview.column.state"),
                task -> TaskTexts.state(this, task, meetingId));
        if (mayRecord) {
            table.addComponentColumn(getTranslation("protocol.taskReview.column.record"),
                    task -> choices.get(task.getId()));
        }
        return table;
    }

    private String organisation(Task task) {
        return task.getOwnerOrganisationName() == null ? "" : task.getOwnerOrganisationName();
    }

    /**
     * Records every row that was changed, or none of them; the unchanged rows go along, so the
     * session's list keeps every task it went through.
     */
    void save() {
        choices.values().forEach(ReviewChoice::clearRefusal);
        if (choices.values().stream().noneMatch(ReviewChoice::changed)) {
            Notices.error(getTranslation("protocol.taskReview.nothing"));
            return;
        }
        var rows = choices.values().stream().map(ReviewChoice::entry).toList();
        try {
            var saved = reviews.record(meetingId, rows);
            Notices.success(getTranslation("protocol.taskReview.saved", saved.size()));
            load(Map.of());
        } catch (TaskRefused refused) {
            var row = choices.get(refused.taskId());
            if (row != null) {
                row.show(refused);
            }
            Notices.error(getTranslation(row == null ? refused.messageKey() : "protocol.taskReview.refused"));
        } catch (ConflictException conflict) {
            load(Map.copyOf(choices));
            Notices.error(getTranslation("protocol.taskReview.conflict"));
        } catch (RuntimeException other) {
            // no right, or the database away: the usual message; the choices stay
            SaveFailures.attempt(this, () -> {
                throw other;
            });
        }
    }
}
