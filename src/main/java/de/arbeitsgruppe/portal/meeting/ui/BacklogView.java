package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.meeting.AgendaBacklog;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.BacklogItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * "Themenspeicher": topics waiting for a date. Members read it; coordinators and admins add, change
 * and remove topics and put them on the agenda of an upcoming meeting.
 */
@Route("themenspeicher")
@Menu(order = 55, icon = "vaadin:archive", title = "backlog.title")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class BacklogView extends PortalView {

    static final int UPCOMING_LIMIT = 100;

    final Paragraph intro = new Paragraph();
    final Button create = new Button();
    final ResponsiveTable<BacklogItem> list = new ResponsiveTable<>(getTranslation("backlog.title"));
    final Paragraph empty = new Paragraph();

    private final AgendaBacklog backlog;
    private final MeetingManagement meetings;
    private final boolean coordinatorOrAdmin;

    BacklogView(AgendaBacklog backlog, MeetingManagement meetings, CurrentUser currentUser) {
        this.backlog = backlog;
        this.meetings = meetings;
        this.coordinatorOrAdmin = currentUser.require().isCoordinatorOrAdmin();
        intro.setText(getTranslation("backlog.intro"));
        create.setText(getTranslation("backlog.create"));
        create.setIcon(new Icon(VaadinIcon.PLUS));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(coordinatorOrAdmin);
        create.addClickListener(click -> new AgendaItemDialog("backlog.create", new AgendaItem(), this::add).open());
        empty.addClassName("portal-empty");
        empty.setText(getTranslation(coordinatorOrAdmin ? "backlog.empty.coordinator" : "backlog.empty"));
        configureGrid();
        add(intro, create, list, empty);
        refresh();
    }

    private void configureGrid() {
        list.addComponentColumn(getTranslation("agenda.item.title"), this::topic);
        list.addColumn(getTranslation("agenda.item.minutes"), item -> getTranslation("agenda.minutes", item.getPlannedMinutes()));
        list.addColumn(getTranslation("agenda.item.presenter"), BacklogItem::getPresenter);
        list.addColumn(getTranslation("backlog.visibility"),
                item -> getTranslation(item.isPublicItem() ? "agenda.public" : "agenda.internal"));
        list.addColumn(getTranslation("backlog.origin"), this::origin);
        if (coordinatorOrAdmin) {
            list.addComponentColumn(getTranslation("backlog.actions"), this::actions);
        }
    }

    private Component topic(BacklogItem item) {
        var title = new Span(item.getTitle());
        title.getStyle().set("font-weight", "600");
        var topic = new Div(title);
        if (item.getDescription() != null) {
            var description = new Div(item.getDescription());
            description.getStyle().set("white-space", "pre-line");
            topic.add(description);
        }
        return topic;
    }

    String origin(BacklogItem item) {
        return switch (item.getOrigin()) {
            case ADDED -> getTranslation(item.getOrigin().translationKey(),
                    Formats.date(item.getCreatedAt().atZone(Formats.ZONE).toLocalDate()), item.getCreatedBy());
            case POSTPONED, NOT_DEALT_WITH -> getTranslation(item.getOrigin().translationKey(),
                    item.getOriginMeetingTitle(), Formats.date(item.getOriginDate()));
        };
    }

    private HorizontalLayout actions(BacklogItem item) {
        var edit = new Button(getTranslation("backlog.edit"), click -> new AgendaItemDialog("backlog.edit.title",
                item.toAgendaItem(), changed -> update(item, changed)).open());
        edit.setAriaLabel(getTranslation("backlog.edit.for", item.getTitle()));
        var schedule = new Button(getTranslation("backlog.schedule"), click -> new ScheduleDialog(item,
                upcoming(), meeting -> schedule(item, meeting)).open());
        schedule.setAriaLabel(getTranslation("backlog.schedule.for", item.getTitle()));
        var remove = new Button(getTranslation("backlog.remove"), click -> confirmRemoval(item));
        remove.setAriaLabel(getTranslation("backlog.remove.for", item.getTitle()));
        for (Button button : List.of(edit, schedule, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        var actions = new HorizontalLayout(edit, schedule, remove);
        actions.setSpacing(false);
        actions.setWrap(true);
        return actions;
    }

    private boolean add(AgendaItem content) {
        var item = new BacklogItem();
        item.take(content);
        return succeeded(SaveFailures.attempt(this, () -> backlog.add(item)), "backlog.added");
    }

    private boolean update(BacklogItem item, AgendaItem changed) {
        item.take(changed);
        return succeeded(SaveFailures.attempt(this, () -> backlog.update(item)), "form.saved");
    }

    private boolean schedule(BacklogItem item, Meeting meeting) {
        var scheduled = SaveFailures.attempt(this, () -> backlog.schedule(List.of(item.getId()), meeting.getId()));
        if (scheduled == null) {
            return false;
        }
        Notices.success(getTranslation("backlog.scheduled", item.getTitle(), AgendaTexts.day(scheduled)));
        refresh();
        return true;
    }

    private void confirmRemoval(BacklogItem item) {
        new Confirmation(getTranslation("backlog.remove.confirm.title"),
                getTranslation("backlog.remove.confirm.text", item.getTitle()), getTranslation("backlog.remove"),
                getTranslation("form.cancel"), () -> remove(item)).open();
    }

    private void remove(BacklogItem item) {
        var removed = SaveFailures.attempt(this, () -> {
            backlog.remove(item.getId());
            return item;
        });
        if (removed != null) {
            Notices.success(getTranslation("backlog.removed", item.getTitle()));
            refresh();
        }
    }

    /** Dates a topic can still go on: not over, not cancelled, not closed yet. */
    private List<Meeting> upcoming() {
        return meetings.upcoming(UPCOMING_LIMIT).stream()
                .filter(meeting -> meeting.getState() != MeetingState.HELD && !meeting.isCancelled()).toList();
    }

    private boolean succeeded(Object saved, String noticeKey) {
        if (saved == null) {
            return false;
        }
        Notices.success(getTranslation(noticeKey));
        refresh();
        return true;
    }

    void refresh() {
        var items = backlog.list();
        list.setItems(items);
        list.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    @Override
    protected String titleKey() {
        return "backlog.title";
    }
}
