package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactQuery;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.EditTarget;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskManagement;
import de.arbeitsgruppe.portal.task.TaskOrigin;
import de.arbeitsgruppe.portal.task.TaskRefused;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives a new task or changes one (the office: coordinators and admins; everyone else gets the
 * forbidden page). From the minutes, the address names the meeting, item and decision and the title:
 * the task then carries that origin, and saving or cancelling leads back to the minutes.
 */
@Route("aufgaben/:id/bearbeiten")
@RouteAlias("aufgaben/neu")
@PermitAll
public class TaskEditView extends PortalView implements BeforeEnterObserver {

    /** Enough for the contacts of one working group; the directory's own page searches beyond. */
    static final int CONTACT_LIMIT = 2000;

    final Paragraph fromMinutes = new Paragraph();
    final Button save = new Button();
    final Button cancel = new Button();
    TaskForm form;

    private final TaskManagement tasks;
    private final ContactDirectory directory;
    private final OrganisationManagement organisations;
    private final MeetingManagement meetings;
    private final Clock clock;
    private Task task;
    /** The meeting whose minutes the user came from, and goes back to. */
    private String minutesOf;

    TaskEditView(TaskManagement tasks, ContactDirectory directory, OrganisationManagement organisations,
            MeetingManagement meetings, Clock clock) {
        this.tasks = tasks;
        this.directory = directory;
        this.organisations = organisations;
        this.meetings = meetings;
        this.clock = clock;
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setText(getTranslation("form.cancel"));
        cancel.addClickListener(click -> leave(task));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var target = EditTarget.resolve(event, tasks.mayCreate(), Task::new, tasks::find, tasks::mayEdit);
        if (target.isEmpty()) {
            return;
        }
        task = target.get();
        var parameters = event.getLocation().getQueryParameters();
        minutesOf = null;
        fromMinutes.setVisible(false);
        if (task.getId() == null) {
            prefill(parameters);
        } else {
            heading.setText(getTranslation("task.form.edit.title", task.getTitle()));
            // the minutes list their tasks with a link here: back to them after saving
            parameters.getSingleParameter("termin").flatMap(meetings::find).ifPresent(meeting -> minutesOf = meeting.getId());
        }
        form = new TaskForm(owners(task), task.getId() == null ? LocalDate.now(clock) : null);
        form.read(task);
        removeAll();
        add(heading, fromMinutes, form, new HorizontalLayout(save, cancel));
    }

    /** A task from the minutes: origin and title from the address, the meeting as the user may see it. */
    private void prefill(QueryParameters parameters) {
        parameters.getSingleParameter("titel").ifPresent(task::setTitle);
        parameters.getSingleParameter("termin").flatMap(meetings::find).ifPresent(meeting -> {
            var itemIndex = indexOf(meeting, parameters.getSingleParameter("top").orElse(null));
            var item = itemIndex < 0 ? null : meeting.getAgenda().get(itemIndex);
            var decisionNumber = parameters.getSingleParameter("nummer").orElse(null);
            task.setOrigin(new TaskOrigin(meeting.getId(), item == null ? null : item.getId(),
                    parameters.getSingleParameter("beschluss").orElse(null), decisionNumber));
            minutesOf = meeting.getId();
            var parts = new ArrayList<String>();
            parts.add(getTranslation("task.detail.originMeeting", meeting.getTitle(),
                    Formats.date(meeting.getStart().atZone(Formats.ZONE).toLocalDate())));
            if (item != null) {
                parts.add(getTranslation("task.form.fromMinutes.item", item.numberIn(itemIndex), item.getTitle()));
            }
            if (decisionNumber != null) {
                parts.add(getTranslation("task.detail.originDecision", decisionNumber));
            }
            fromMinutes.setText(getTranslation("task.form.fromMinutes", String.join(", ", parts)));
            fromMinutes.setVisible(true);
        });
    }

    private static int indexOf(Meeting meeting, String agendaItemId) {
        for (int i = 0; agendaItemId != null && i < meeting.getAgenda().size(); i++) {
            if (agendaItemId.equals(meeting.getAgenda().get(i).getId())) {
                return i;
            }
        }
        return -1;
    }

    /** Whole organisations first, then people, each by name; the current owner even if no list reaches it. */
    private List<OwnerChoice> owners(Task current) {
        var choices = new ArrayList<OwnerChoice>();
        organisations.summaries().stream().map(OwnerChoice::of)
                .sorted(Comparator.comparing(OwnerChoice::name, String.CASE_INSENSITIVE_ORDER)).forEach(choices::add);
        directory.search(ContactQuery.ALL, 0, CONTACT_LIMIT).stream()
                .filter(contact -> contact.getOrganisationId() != null).map(OwnerChoice::of)
                .sorted(Comparator.comparing(OwnerChoice::name, String.CASE_INSENSITIVE_ORDER)).forEach(choices::add);
        if (current.getOwnerOrganisationId() != null && choices.stream().noneMatch(choice -> choice.owns(current))) {
            choices.add(OwnerChoice.of(current));
        }
        return choices;
    }

    void save() {
        if (!form.writeIfValid(task)) {
            Notices.error(getTranslation("form.invalid"));
            return;
        }
        try {
            var saved = SaveFailures.attempt(this, () -> task.getId() == null ? tasks.create(task) : tasks.update(task));
            if (saved != null) {
                Notices.success(getTranslation("form.saved"));
                leave(saved);
            }
        } catch (TaskRefused refused) {
            var message = getTranslation(refused.messageKey());
            Notices.error(form.refuse(refused.field(), message) ? getTranslation("form.invalid") : message);
        }
    }

    private void leave(Task target) {
        String route;
        if (minutesOf != null) {
            route = "termine/" + minutesOf + "/protokoll";
        } else if (target != null && target.getId() != null) {
            route = "aufgaben/" + target.getId();
        } else {
            route = "aufgaben/meine";
        }
        getUI().ifPresent(ui -> ui.navigate(route));
    }

    @Override
    protected String titleKey() {
        return "task.form.create.title";
    }
}
