package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import de.arbeitsgruppe.portal.task.Task;
import java.util.List;

/**
 * The tasks given under one agenda item, as the user may see them, each linked to its page; for the
 * office a link to the task form, prefilled with the item. The notes need no saving first: an editor
 * saves when it loses the focus, which a click on the link takes.
 */
class ItemTasks extends Div {

    final ResponsiveTable<Task> list;
    final Paragraph empty = new Paragraph();
    /** Null for those who may not give tasks. */
    final Anchor create;

    ItemTasks(String meetingId, AgendaItem item, int number, List<Task> tasks, boolean mayCreate) {
        addClassName("protocol-tasks");
        add(new H3(getTranslation("protocol.tasks.heading")));
        list = new ResponsiveTable<>(getTranslation("protocol.tasks.of", number));
        list.addComponentColumn(getTranslation("protocol.tasks.column.title"),
                task -> new Anchor(TaskLinks.task(task), task.getTitle()));
        list.addColumn(getTranslation("protocol.tasks.column.owner"), Task::ownerLine);
        list.addColumn(getTranslation("protocol.tasks.column.due"), task -> Formats.date(task.getDue()));
        list.addColumn(getTranslation("protocol.tasks.column.status"),
                task -> getTranslation(task.getStatus().translationKey()));
        list.addColumn(getTranslation("protocol.tasks.column.decision"),
                task -> task.getOrigin() == null ? null : task.getOrigin().getDecisionNumber());
        list.setItems(tasks);
        list.setVisible(!tasks.isEmpty());
        empty.setText(getTranslation("protocol.tasks.none"));
        empty.addClassName("portal-empty");
        empty.setVisible(tasks.isEmpty());
        add(list, empty);
        if (mayCreate) {
            create = new Anchor(TaskLinks.forItem(meetingId, item), getTranslation("protocol.tasks.create"));
            // the visible text first, then the item: speech input users say what they see (WCAG 2.5.3)
            create.getElement().setAttribute("aria-label", getTranslation("protocol.tasks.create.for", number));
            add(new Paragraph(create));
        } else {
            create = null;
        }
    }
}
