package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.meeting.AgendaBacklog;
import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.BacklogItem;
import de.arbeitsgruppe.portal.meeting.EditScope;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Tagesordnung": coordinators put the agenda of one date together, in order, with planned times,
 * also from the backlog. Saving stores the agenda only if nobody saved the meeting in the meantime;
 * otherwise the user keeps their edits on screen and is told about the conflict.
 */
@Route("termine/:id/tagesordnung")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class MeetingAgendaView extends PortalView implements BeforeEnterObserver, BeforeLeaveObserver {

    final Paragraph when = new Paragraph();
    final Paragraph stateHint = new Paragraph();
    final AgendaEditor editor = new AgendaEditor();
    final Button fromBacklog = new Button();
    final Button save = new Button();
    final Anchor back = new Anchor();

    private final MeetingManagement meetings;
    private final AgendaBacklog backlog;
    /** Topics taken from the backlog in this edit: removed from it once the agenda is saved. */
    private final Set<String> backlogIds = new LinkedHashSet<>();
    private String meetingId;
    private Long loadedVersion;

    MeetingAgendaView(MeetingManagement meetings, AgendaBacklog backlog) {
        this.meetings = meetings;
        this.backlog = backlog;
        fromBacklog.setText(getTranslation("agenda.fromBacklog"));
        fromBacklog.setIcon(new Icon(VaadinIcon.ARCHIVE));
        fromBacklog.addClickListener(click -> pickFromBacklog());
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        back.setText(getTranslation("agenda.back"));
        stateHint.addClassName("portal-flag");
        var actions = new HorizontalLayout(save, fromBacklog, back);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        add(when, stateHint, editor, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MeetingFromRoute.show(event, meetings, this::show);
    }

    private void show(Meeting meeting) {
        meetingId = meeting.getId();
        loadedVersion = meeting.getVersion();
        backlogIds.clear();
        heading.setText(getTranslation("agenda.heading", meeting.getTitle()));
        when.setText(AgendaTexts.when(this, meeting));
        back.setHref("termine/" + meeting.getId());
        boolean over = meeting.getState() == MeetingState.HELD || meeting.isCancelled();
        stateHint.setText(over ? getTranslation("agenda.readOnly", getTranslation(meeting.getState().translationKey())) : "");
        stateHint.setVisible(over);
        editor.show(new ArrayList<>(meeting.getAgenda()), AgendaEditor.minutesOf(meeting));
        // the record of a held or cancelled date stays as it was; invitees would get an update otherwise
        editor.setEnabled(!over);
        save.setVisible(!over);
        fromBacklog.setVisible(!over);
    }

    private void pickFromBacklog() {
        var onAgenda = editor.items().stream().map(AgendaItem::getId).toList();
        var available = backlog.list().stream().filter(item -> !onAgenda.contains(item.getId())).toList();
        new BacklogPickDialog(available, this::take).open();
    }

    void take(List<BacklogItem> picked) {
        if (editor.items().size() + picked.size() > Meeting.MAX_AGENDA_ITEMS) {
            Notices.error(getTranslation("agenda.full", Meeting.MAX_AGENDA_ITEMS));
            return;
        }
        picked.forEach(item -> backlogIds.add(item.getId()));
        editor.append(picked.stream().map(BacklogItem::toAgendaItem).toList());
    }

    void save() {
        var saved = SaveFailures.attempt(this, this::store);
        if (saved != null) {
            loadedVersion = saved.getVersion();
            backlogIds.clear();
            editor.saved();
            Notices.success(getTranslation("agenda.saved"));
        }
    }

    /** The agenda onto the meeting as stored now, if that is still the version this page loaded. */
    private Meeting store() {
        var current = meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("meeting gone"));
        if (!Objects.equals(current.getVersion(), loadedVersion)) {
            throw new ConflictException();
        }
        var items = editor.items();
        current.setAgenda(items);
        var stored = meetings.update(current, EditScope.THIS);
        var scheduled = items.stream().map(AgendaItem::getId).filter(backlogIds::contains).toList();
        if (!scheduled.isEmpty()) {
            // already on the stored agenda: this only takes them out of the backlog
            backlog.schedule(scheduled, meetingId);
        }
        return stored;
    }

    /** Leaving with unsaved changes asks first, so that a rearranged agenda is not lost by a click. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!editor.hasChanges()) {
            return;
        }
        var action = event.postpone();
        new Confirmation(getTranslation("agenda.unsaved.title"), getTranslation("agenda.unsaved.text"),
                getTranslation("agenda.unsaved.leave"), getTranslation("agenda.unsaved.stay"), action::proceed).open();
    }

    @Override
    protected String titleKey() {
        return "agenda.title";
    }
}
