package de.arbeitsgruppe.portal.meeting.ui;

import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import de.arbeitsgruppe.portal.shared.ui.HistorySlot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.meeting.EditScope;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingInvitations;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.MeetingMinutes;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One meeting with everything the user may see: details, invitees by name, agenda, its place in a
 * series, its minutes, iCalendar downloads and, for coordinators, the actions that plan and follow it up.
 */
@Route("termine/:id")
@PermitAll
public class MeetingDetailView extends PortalView implements BeforeEnterObserver {

    final Paragraph cancelledNote = new Paragraph();
    final MeetingFacts facts = new MeetingFacts();
    final SeriesPanel series = new SeriesPanel();
    final AgendaOverview agenda = new AgendaOverview();
    /** "Protokoll (genehmigt)" or, for the office after the meeting, "Protokoll schreiben". */
    final Anchor minutesLink = new Anchor();
    final Anchor icsDownload = new Anchor();
    final Anchor seriesIcsDownload = new Anchor();
    final Button edit = new Button();
    final Button editAgenda = new Button();
    final Button attendance = new Button();
    final Button cancel = new Button();
    final Button move = new Button();
    final Button invite = new Button();
    final HorizontalLayout actions = new HorizontalLayout();

    final HistorySlot history;
    private final MeetingManagement meetings;
    private final OrganisationManagement organisations;
    private final ContactDirectory directory;
    private final MeetingInvitations invitations;
    private final MeetingMinutes minutes;
    private Meeting meeting;

    MeetingDetailView(MeetingManagement meetings, OrganisationManagement organisations, ContactDirectory directory,
            MeetingInvitations invitations, RecordHistory recordHistory, MeetingMinutes minutes) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.history = new HistorySlot(recordHistory);
        this.organisations = organisations;
        this.directory = directory;
        this.invitations = invitations;
        cancelledNote.addClassName("portal-flag");
        edit.setText(getTranslation("meeting.detail.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(click -> go("bearbeiten"));
        editAgenda.setText(getTranslation("meeting.detail.agendaEdit"));
        editAgenda.addClickListener(click -> go("tagesordnung"));
        attendance.setText(getTranslation("meeting.detail.attendanceEdit"));
        attendance.addClickListener(click -> go("anwesenheit"));
        invite.setText(getTranslation("invitation.send"));
        invite.addClickListener(click -> openInvitation());
        move.setText(getTranslation("meeting.detail.move"));
        move.addClickListener(click -> new MoveDialog(meeting, meetings, this::show).open());
        cancel.setText(getTranslation("meeting.detail.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> confirmCancel());
        actions.setWrap(true);
        actions.add(edit, editAgenda, attendance, invite, move, cancel);
        var downloads = new HorizontalLayout(icsDownload, seriesIcsDownload);
        downloads.setWrap(true);
        downloads.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        for (var download : List.of(icsDownload, seriesIcsDownload)) {
            // files served by the iCalendar endpoint, not pages of the router
            download.setRouterIgnore(true);
            download.getElement().setAttribute("download", true);
        }
        icsDownload.setText(getTranslation("meeting.detail.ics"));
        seriesIcsDownload.setText(getTranslation("meeting.detail.icsSeries"));
        add(cancelledNote, actions, facts, minutesLink, series, agenda, downloads, history, new Anchor("termine", getTranslation("meeting.detail.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MeetingFromRoute.show(event, meetings, this::show);
    }

    private void show(Meeting shown) {
        meeting = shown;
        history.show(Meeting.class, shown.getId());
        heading.setText(shown.getTitle());
        cancelledNote.setVisible(shown.isCancelled());
        cancelledNote.setText(getTranslation("meeting.detail.cancelledNote"));
        Map<String, String> organisationNames = organisations.summaries().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        // invitees, the informed and the attendance list name the same people: each is looked up once
        var contactNames = new HashMap<String, String>();
        facts.show(shown, organisationNames::get, id -> contactNames.computeIfAbsent(id,
                contact -> directory.find(contact).map(Contact::getName).orElse(null)));
        series.show(shown, meetings.seriesRule(shown.getSeriesId()),
                shown.isPartOfSeries() ? meetings.series(shown.getSeriesId()) : List.of());
        showMinutesLink(shown);
        agenda.show(shown, () -> minutes.previousFor(shown.getId()));
        icsDownload.setHref("ical/termine/" + shown.getId() + ".ics");
        seriesIcsDownload.setVisible(shown.isPartOfSeries());
        if (shown.isPartOfSeries()) {
            seriesIcsDownload.setHref("ical/serien/" + shown.getSeriesId() + ".ics");
        }
        actions.setVisible(meetings.mayPlan());
        cancel.setVisible(!shown.isCancelled() && shown.getState() != MeetingState.HELD);
        move.setVisible(MeetingCalendarEntries.movable(shown));
        invite.setVisible(shown.getState() == MeetingState.PLANNED || shown.getState() == MeetingState.INVITED);
    }

    /** The office starts the minutes on their page once the meeting has taken place. */
    private void showMinutesLink(Meeting shown) {
        var link = minutes.of(List.of(shown.getId())).get(shown.getId());
        var mayWrite = meetings.mayPlan() && !shown.isCancelled()
                && (shown.getState() == MeetingState.HELD || !shown.getEnd().isAfter(Instant.now()));
        minutesLink.setVisible(link != null || mayWrite);
        minutesLink.setText(getTranslation(link != null ? link.labelKey() : "meeting.minutes.write"));
        minutesLink.setHref(MeetingMinutes.path(shown.getId()));
    }

    /** After the dialog the page shows the new state ("eingeladen"). */
    void openInvitation() {
        var dialog = new InvitationDialog(meeting.getId(), invitations);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                meetings.find(meeting.getId()).ifPresent(this::show);
            }
        });
        dialog.open();
    }

    private void go(String page) {
        getUI().ifPresent(ui -> ui.navigate("termine/" + meeting.getId() + "/" + page));
    }

    void confirmCancel() {
        var when = MeetingTexts.when(meeting);
        Confirmation dialog;
        if (meeting.isPartOfSeries()) {
            dialog = Questions.scope(this, getTranslation("meeting.cancel.title"),
                    getTranslation("meeting.cancel.seriesText", meeting.getTitle(), when), this::cancelMeeting);
        } else {
            dialog = new Confirmation(getTranslation("meeting.cancel.title"),
                    getTranslation("meeting.cancel.text", meeting.getTitle(), when),
                    getTranslation("meeting.cancel.confirm"), getTranslation("meeting.cancel.keep"),
                    () -> cancelMeeting(EditScope.THIS)).dangerous();
        }
        dialog.open();
    }

    private void cancelMeeting(EditScope scope) {
        var done = SaveFailures.attempt(this, () -> {
            meetings.cancel(meeting.getId(), scope);
            return true;
        });
        if (done != null) {
            Notices.success(getTranslation(scope == EditScope.THIS ? "meeting.cancel.done" : "meeting.cancel.doneSeries"));
            meetings.find(meeting.getId()).ifPresent(this::show);
        }
    }

    @Override
    protected String titleKey() {
        return "meeting.detail.title";
    }
}
