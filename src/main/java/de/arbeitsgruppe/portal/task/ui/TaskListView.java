package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskExport;
import de.arbeitsgruppe.portal.task.TaskFilter;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskSort;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * "Alle Aufgaben" for the office and the authorities' staff: filtered, sorted, a page at a time.
 * Every filter is kept in the address, so that a filtered list can be bookmarked and shared; the
 * same filters open the board and the CSV file.
 */
@Route(TaskListView.ROUTE)
@Menu(order = 6, icon = "vaadin:list", title = "task.list.title")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class TaskListView extends PortalView implements BeforeEnterObserver {

    static final String ROUTE = "aufgaben";
    static final int PAGE_SIZE = 50;

    final TaskFilterFields filters;
    final Select<TaskSort> sort = new Select<>();
    final Checkbox descending = new Checkbox();
    final Span count = new Span();
    final ResponsiveTable<Task> list = new ResponsiveTable<>(getTranslation("task.list.title"));
    final Div empty = new Div();
    final Paragraph emptyText = new Paragraph();
    final Button reset = new Button();
    final Anchor board = new Anchor();
    final Anchor csv;

    private final TaskManagement tasks;
    private final Clock clock;
    private TaskFilter filter = TaskFilterAddress.DEFAULT;
    private boolean showing;

    TaskListView(TaskManagement tasks, TaskExport export, OrganisationManagement organisations,
            ContactDirectory directory, MeetingManagement meetings, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        filters = new TaskFilterFields(this, organisations, directory, meetings, true, this::filterChanged);
        sort.setLabel(getTranslation("task.list.sort"));
        sort.setItems(TaskSort.values());
        sort.setItemLabelGenerator(EnumLabels.of(this, TaskSort::translationKey));
        sort.setValue(TaskFilterAddress.DEFAULT.sort());
        descending.setLabel(getTranslation("task.list.descending"));
        sort.addValueChangeListener(change -> filterChanged());
        descending.addValueChangeListener(change -> filterChanged());
        board.setText(getTranslation("task.list.board"));
        csv = new Anchor(TaskCsv.download(export, () -> filter), AttachmentType.DOWNLOAD, getTranslation("task.list.csv"));
        csv.addClassName("portal-download");
        var links = new HorizontalLayout(board, csv);
        links.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        links.setWrap(true);
        var order = new HorizontalLayout(sort, descending);
        order.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        order.setWrap(true);
        count.getElement().setAttribute("role", "status");
        reset.setText(getTranslation("task.list.reset"));
        reset.addClickListener(click -> resetFilters());
        emptyText.addClassName("portal-empty");
        empty.add(emptyText, reset);
        configureList();
        add(links, filters.panel, order, count, list, empty);
    }

    private void configureList() {
        var today = LocalDate.now(clock);
        list.addComponentColumn(getTranslation("task.list.column.title"), task -> new Anchor(ROUTE + "/" + task.getId(),
                task.getTitle()));
        list.addColumn(getTranslation("task.list.column.owner"), task -> TaskTexts.owner(this, task));
        list.addComponentColumn(getTranslation("task.list.column.due"), task -> TaskTexts.due(this, task, today));
        list.addColumn(getTranslation("task.list.column.priority"), task -> getTranslation(task.getPriority().translationKey()));
        list.addColumn(getTranslation("task.list.column.status"), task -> getTranslation(task.getStatus().translationKey()));
        list.addComponentColumn(getTranslation("task.list.column.origin"), task -> TaskTexts.originCell(this, task));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(TaskFilterAddress.read(event.getLocation().getQueryParameters()));
    }

    /** The filter as the page shows and the address keeps it. */
    TaskFilter filter() {
        return filter;
    }

    private void show(TaskFilter wanted) {
        showing = true;
        try {
            filters.show(wanted);
            sort.setValue(wanted.sort());
            descending.setValue(wanted.descending());
        } finally {
            showing = false;
        }
        // what the fields could show: an unknown organisation or person in the address is left out
        filter = current();
        refresh();
    }

    private TaskFilter current() {
        return filters.value(sort.getValue(), descending.getValue());
    }

    private void filterChanged() {
        if (showing) {
            return;
        }
        filter = current();
        // the address changes in place: the back button leaves the list rather than undoing each filter
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, TaskFilterAddress.address(ROUTE, filter)));
        refresh();
    }

    private void resetFilters() {
        show(TaskFilterAddress.DEFAULT);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ROUTE));
    }

    void refresh() {
        var shown = filter;
        var total = tasks.count(shown);
        list.setPages(PAGE_SIZE, (offset, limit) -> tasks.search(shown, offset, limit));
        count.setText(getTranslation("task.list.count", total));
        list.setVisible(total > 0);
        empty.setVisible(total == 0);
        var unfiltered = shown.equals(TaskFilterAddress.DEFAULT.sortedBy(shown.sort(), shown.descending()));
        emptyText.setText(getTranslation(unfiltered ? "task.list.empty" : "task.list.empty.filtered"));
        reset.setVisible(!unfiltered);
        board.setHref(TaskFilterAddress.address(TaskBoardView.ROUTE, shown.withStatuses(TaskFilterAddress.DEFAULT.statuses())));
    }

    @Override
    protected String titleKey() {
        return "task.list.title";
    }
}
