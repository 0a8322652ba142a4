package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import jakarta.annotation.security.PermitAll;

/** "Termine": the meetings the user may see, upcoming first or past ones, of one type or all. */
@Route("termine")
@Menu(order = 52, icon = "vaadin:calendar-clock", title = "meeting.list.title")
@PermitAll
public class MeetingListView extends PortalView {

    static final int PAGE_SIZE = 50;

    enum Period {
        UPCOMING, PAST;

        String translationKey() {
            return "meeting.list." + name().toLowerCase();
        }
    }

    final RadioButtonGroup<Period> period = new RadioButtonGroup<>();
    final ComboBox<MeetingType> typeFilter = new ComboBox<>();
    final Button create = new Button();
    final Grid<Meeting> grid = new Grid<>(Meeting.class, false);
    final Paragraph empty = new Paragraph();

    private final MeetingManagement meetings;
    private final boolean mayPlan;

    MeetingListView(MeetingManagement meetings) {
        this.meetings = meetings;
        this.mayPlan = meetings.mayPlan();
        period.setLabel(getTranslation("meeting.list.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(EnumLabels.of(this, Period::translationKey));
        period.setValue(Period.UPCOMING);
        typeFilter.setLabel(getTranslation("meeting.form.type"));
        typeFilter.setItems(MeetingType.values());
        typeFilter.setItemLabelGenerator(EnumLabels.of(this, MeetingType::translationKey));
        typeFilter.setClearButtonVisible(true);
        typeFilter.setHelperText(getTranslation("meeting.list.type.help"));
        period.addValueChangeListener(change -> refresh());
        typeFilter.addValueChangeListener(change -> refresh());
        create.setText(getTranslation("meeting.list.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(mayPlan);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("termine/neu")));
        var filters = new HorizontalLayout(period, typeFilter);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        empty.addClassName("portal-empty");
        configureGrid();
        add(create, filters, grid, empty);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(MeetingTexts::when).setHeader(getTranslation("meeting.detail.when")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation(m.getType().translationKey())).setHeader(getTranslation("meeting.form.type"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> new Anchor("termine/" + m.getId(), m.getTitle()))
                .setHeader(getTranslation("meeting.form.subject")).setFlexGrow(3);
        grid.addColumn(m -> MeetingTexts.where(this, m)).setHeader(getTranslation("meeting.form.place")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation(m.getState().translationKey())).setHeader(getTranslation("meeting.form.state"));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setAriaLabel(getTranslation("meeting.list.title"));
        grid.setPageSize(PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("termine/" + click.getItem().getId())));
    }

    void refresh() {
        boolean past = period.getValue() == Period.PAST;
        var type = typeFilter.getValue();
        var first = meetings.list(past, type, 0, PAGE_SIZE);
        // the first page is already here; scrolling further asks for more
        grid.setItems(page -> page.getOffset() == 0 && page.getLimit() <= PAGE_SIZE
                ? first.stream().limit(page.getLimit())
                : meetings.list(past, type, page.getOffset(), page.getLimit()).stream());
        grid.setVisible(!first.isEmpty());
        empty.setVisible(first.isEmpty());
        empty.setText(getTranslation(emptyKey(past, type)));
    }

    private String emptyKey(boolean past, MeetingType type) {
        if (type != null) {
            return "meeting.list.empty.filtered";
        }
        if (past) {
            return "meeting.list.empty.past";
        }
        return mayPlan ? "meeting.list.empty.planner" : "meeting.list.empty.upcoming";
    }

    @Override
    protected String titleKey() {
        return "meeting.list.title";
    }
}
