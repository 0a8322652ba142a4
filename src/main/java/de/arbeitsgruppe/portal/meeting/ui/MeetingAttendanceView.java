package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingRecords;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * "Anwesenheit": after a meeting, coordinators note who was there and which agenda items were dealt
 * with, and close the meeting; items not dealt with move on to the next date or to the backlog.
 */
@Route("termine/:id/anwesenheit")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class MeetingAttendanceView extends PortalView implements BeforeEnterObserver {

    final Paragraph when = new Paragraph();
    final Paragraph hint = new Paragraph();
    final AttendanceList attendance;
    final CheckboxGroup<AgendaItem> dealtWith = new CheckboxGroup<>();
    final Paragraph noAgenda = new Paragraph();
    final Button save = new Button();
    final Button close = new Button();
    final Anchor back = new Anchor();

    private final MeetingManagement meetings;
    private final MeetingRecords records;
    private Meeting meeting;

    MeetingAttendanceView(MeetingManagement meetings, MeetingRecords records, ContactDirectory contacts) {
        this.meetings = meetings;
        this.records = records;
        this.attendance = new AttendanceList(contacts);
        hint.addClassName("portal-flag");
        dealtWith.setLabel(getTranslation("attendance.dealtWith"));
        dealtWith.setHelperText(getTranslation("attendance.dealtWith.help"));
        dealtWith.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        noAgenda.setText(getTranslation("attendance.noAgenda"));
        noAgenda.addClassName("portal-empty");
        save.setText(getTranslation("form.save"));
        save.addClickListener(click -> save());
        close.setText(getTranslation("attendance.close"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(click -> confirmClosing());
        back.setText(getTranslation("agenda.back"));
        var actions = new HorizontalLayout(close, save, back);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(when, hint, new H2(getTranslation("attendance.people")), attendance,
                new H2(getTranslation("attendance.agenda")), dealtWith, noAgenda, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MeetingFromRoute.show(event, meetings, this::show);
    }

    private void show(Meeting shown) {
        meeting = shown;
        heading.setText(getTranslation("attendance.heading", shown.getTitle()));
        when.setText(AgendaTexts.when(this, shown));
        back.setHref("termine/" + shown.getId());
        attendance.show(shown);
        var agenda = shown.getAgenda();
        dealtWith.setItems(agenda);
        dealtWith.setItemLabelGenerator(item -> getTranslation("attendance.item", agenda.indexOf(item) + 1,
                item.getTitle()));
        boolean held = shown.getState() == MeetingState.HELD;
        // before closing, every item counts as dealt with: the coordinator unticks the few that were not
        dealtWith.setValue(agenda.stream().filter(item -> !held || item.isDealtWith()).collect(Collectors.toSet()));
        dealtWith.setReadOnly(held || shown.isCancelled());
        dealtWith.setVisible(!agenda.isEmpty());
        noAgenda.setVisible(agenda.isEmpty());
        attendance.setEnabled(!shown.isCancelled());
        save.setVisible(!shown.isCancelled());
        close.setVisible(!held && !shown.isCancelled());
        var hintKey = shown.isCancelled() ? "attendance.hint.cancelled" : held ? "attendance.hint.held"
                : shown.getStart().isAfter(Instant.now()) ? "attendance.hint.future" : null;
        hint.setText(hintKey == null ? "" : getTranslation(hintKey));
        hint.setVisible(hintKey != null);
    }

    void save() {
        var saved = attempt(() -> records.recordAttendance(meeting.getId(), meeting.getVersion(), attendance.values()));
        if (saved != null) {
            Notices.success(getTranslation("attendance.saved"));
            show(saved);
        }
    }

    void confirmClosing() {
        var open = meeting.getAgenda().stream().filter(item -> !dealtWith.getValue().contains(item)).toList();
        new Confirmation(getTranslation("attendance.close.title"),
                carryOverText(open) + " " + getTranslation("attendance.close.final"), getTranslation("attendance.close"),
                getTranslation("form.cancel"), this::closeMeeting).open();
    }

    private String carryOverText(List<AgendaItem> open) {
        if (open.isEmpty()) {
            return getTranslation("attendance.close.allDealtWith");
        }
        var titles = open.stream().map(item -> getTranslation("attendance.quoted", item.getTitle()))
                .collect(Collectors.joining(", "));
        return records.nextDate(meeting.getId())
                .map(next -> getTranslation("attendance.close.toNext", open.size(), AgendaTexts.day(next), titles))
                .orElseGet(() -> getTranslation("attendance.close.toBacklog", open.size(), titles));
    }

    void closeMeeting() {
        var dealt = dealtWith.getValue().stream().map(AgendaItem::getId).collect(Collectors.toSet());
        var carried = attempt(() -> {
            var recorded = records.recordAttendance(meeting.getId(), meeting.getVersion(), attendance.values());
            meeting = recorded;
            return records.markHeld(meeting.getId(), dealt);
        });
        if (carried == null) {
            return;
        }
        var moved = carried.items().size();
        Notices.success(moved == 0 ? getTranslation("attendance.closed")
                : carried.nextDate() == null ? getTranslation("attendance.closed.toBacklog", moved)
                : getTranslation("attendance.closed.toNext", moved, AgendaTexts.day(carried.nextDate())));
        meetings.find(meeting.getId()).ifPresent(this::show);
    }

    /** A save; a list of invitees or an agenda changed by someone else in the meantime is a conflict too. */
    private <T> T attempt(Supplier<T> action) {
        try {
            return SaveFailures.attempt(this, action);
        } catch (IllegalArgumentException e) {
            Notices.error(getTranslation("form.conflict"));
            return null;
        }
    }

    @Override
    protected String titleKey() {
        return "attendance.title";
    }
}
