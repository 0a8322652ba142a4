package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactQuery;
import de.arbeitsgruppe.portal.meeting.EditScope;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.meeting.Recurrence;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.EditTarget;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;

/**
 * Plans a meeting or a series (coordinators, admins), or changes one; for a date of a series the
 * change applies to that date alone or to it and all later ones. Everyone else gets the forbidden page.
 */
@Route("termine/:id/bearbeiten")
@RouteAlias("termine/neu")
@PermitAll
public class MeetingEditView extends PortalView implements BeforeEnterObserver {

    /** Enough for the contacts of one working group; the directory's own page searches beyond. */
    static final int CONTACT_LIMIT = 2000;

    final Button save = new Button();
    final Button cancel = new Button();
    MeetingForm form;
    Confirmation scopeDialog;

    private final MeetingManagement meetings;
    private final OrganisationManagement organisations;
    private final ContactDirectory directory;
    private final CurrentUser currentUser;
    private Meeting meeting;

    MeetingEditView(MeetingManagement meetings, OrganisationManagement organisations, ContactDirectory directory,
            CurrentUser currentUser) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.directory = directory;
        this.currentUser = currentUser;
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> leave());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean mayPlan = meetings.mayPlan();
        var target = EditTarget.resolve(event, mayPlan, this::newMeeting, meetings::find, found -> mayPlan);
        if (target.isEmpty()) {
            return;
        }
        meeting = target.get();
        if (meeting.getId() != null) {
            heading.setText(getTranslation("meeting.form.edit.title", meeting.getTitle()));
        }
        form = new MeetingForm(organisations.summaries(), directory.search(ContactQuery.ALL, 0, CONTACT_LIMIT),
                meeting.getId() == null);
        form.read(meeting);
        removeAll();
        add(heading, form, new HorizontalLayout(save, cancel));
    }

    /** Tomorrow 10:00 to 12:00, organised by the planner's organisation. */
    private Meeting newMeeting() {
        var user = currentUser.require();
        var meeting = new Meeting(MeetingType.SESSION, null, null, null);
        var start = Formats.today().plusDays(1).atTime(LocalTime.of(10, 0));
        meeting.setLocalStart(start);
        meeting.setLocalEnd(start.plus(MeetingForm.DEFAULT_DURATION));
        meeting.setOrganiserOrganisationId(user.organisationId());
        meeting.setOrganiserName(user.displayName());
        return meeting;
    }

    void save() {
        if (!form.writeIfValid(meeting)) {
            Notices.error(getTranslation("form.invalid"));
            return;
        }
        if (meeting.getId() == null) {
            var rule = form.recurrence.value();
            saved(SaveFailures.attempt(this, () -> meetings.create(meeting, rule)), rule);
        } else if (meeting.isPartOfSeries()) {
            scopeDialog = Questions.scope(this, getTranslation("meeting.form.scope.title"),
                    getTranslation("meeting.form.scope.text"),
                    scope -> saved(SaveFailures.attempt(this, () -> meetings.update(meeting, scope)), null));
            scopeDialog.open();
        } else {
            saved(SaveFailures.attempt(this, () -> meetings.update(meeting, EditScope.THIS)), null);
        }
    }

    private void saved(Meeting saved, Recurrence rule) {
        if (saved == null) {
            return;
        }
        Notices.success(rule == null ? getTranslation("form.saved")
                : getTranslation("meeting.form.savedSeries", rule.occurrences(saved.localStart()).size()));
        getUI().ifPresent(ui -> ui.navigate("termine/" + saved.getId()));
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(meeting == null || meeting.getId() == null
                ? "termine" : "termine/" + meeting.getId()));
    }

    @Override
    protected String titleKey() {
        return "meeting.form.create.title";
    }
}
