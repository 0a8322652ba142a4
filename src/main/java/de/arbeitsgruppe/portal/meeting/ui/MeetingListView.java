package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.FilterPanel;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;

/** "Termine": the meetings the user may see, upcoming first or past ones, of one type or all. */
@Route("termine")
@Menu(order = 52, icon = "vaadin:calendar-clock", title = "meeting.list.title")
@PermitAll
public class MeetingListView extends PortalView {

    /** Meetings per page, as in the directory: a screen and more; each shown row stays in the session while the page is open. */
    static final int PAGE_SIZE = 25;

    enum Period {
        UPCOMING, PAST;

        String translationKey() {
            return "meeting.list." + name().toLowerCase();
        }
    }

    final RadioButtonGroup<Period> period = new RadioButtonGroup<>();
    final ComboBox<MeetingType> typeFilter = new ComboBox<>();
    final Button create = new Button();
    final ResponsiveTable<Meeting> list = new ResponsiveTable<>(getTranslation("meeting.list.title"));
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
        empty.addClassName("portal-empty");
        configureList();
        add(create, new FilterPanel(period, typeFilter), list, empty);
        refresh();
    }

    private void configureList() {
        list.addComponentColumn(getTranslation("meeting.form.subject"), m -> new Anchor("termine/" + m.getId(), m.getTitle()));
        list.addColumn(getTranslation("meeting.detail.when"), MeetingTexts::when);
        list.addColumn(getTranslation("meeting.form.type"), m -> getTranslation(m.getType().translationKey()));
        list.addColumn(getTranslation("meeting.form.place"), m -> MeetingTexts.where(this, m));
        list.addComponentColumn(getTranslation("meeting.form.state"), this::state);
    }

    /** A past meeting still "geplant" or "eingeladen" was never closed: nobody recorded it as held. */
    private Span state(Meeting meeting) {
        var state = new Span(getTranslation(meeting.getState().translationKey()));
        var open = meeting.getState() == MeetingState.PLANNED || meeting.getState() == MeetingState.INVITED;
        if (open && meeting.getEnd().isBefore(Instant.now())) {
            state.setText(getTranslation("meeting.list.notClosed", state.getText()));
            state.addClassName("portal-flag");
        }
        return state;
    }

    void refresh() {
        boolean past = period.getValue() == Period.PAST;
        var type = typeFilter.getValue();
        list.setPages(PAGE_SIZE, (offset, limit) -> meetings.list(past, type, offset, limit));
        var none = list.isEmpty();
        list.setVisible(!none);
        empty.setVisible(none);
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
