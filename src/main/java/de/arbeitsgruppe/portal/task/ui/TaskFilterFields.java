package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import de.arbeitsgruppe.portal.contact.ContactDirectory;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.ContactQuery;
import de.arbeitsgruppe.portal.contact.Topic;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.list.FilterPanel;
import de.arbeitsgruppe.portal.task.TaskFilter;
import de.arbeitsgruppe.portal.task.TaskSort;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The filters of the list of all tasks and of the board: who owns a task, where it was given, what it
 * is about and when it is due. {@link #show} fills them in from an address without reporting a change,
 * and leaves out ids that name nothing the user can choose.
 */
class TaskFilterFields {

    static final int PERSONS = 2000;
    static final int PAST_MEETINGS = 100;
    static final int NEXT_MEETINGS = 20;

    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final ComboBox<Choice> person = new ComboBox<>();
    final MultiSelectComboBox<TaskStatus> status = new MultiSelectComboBox<>();
    final ComboBox<Choice> meeting = new ComboBox<>();
    final ComboBox<ContactInterface> contactInterface = new ComboBox<>();
    final ComboBox<Topic> topic = new ComboBox<>();
    final Checkbox overdue = new Checkbox();
    final DatePicker dueFrom = new DatePicker();
    final DatePicker dueTo = new DatePicker();
    final FilterPanel panel;

    private final MeetingManagement meetings;
    private final Component owner;
    private final List<Choice> meetingChoices = new ArrayList<>();

    /**
     * What a person or meeting field offers: its id and the label shown. The fields hold up to 2,000
     * people and 120 meetings, and as whole contacts and meetings (with their agendas) they made the
     * board weigh 3.3 MB per open tab in the load test's memory measurement.
     */
    record Choice(String id, String label) {
    }
    private boolean showing;

    /** {@code withStatus}: the list filters by status; the board shows one column per status instead. */
    TaskFilterFields(Component owner, OrganisationManagement organisations, ContactDirectory directory,
            MeetingManagement meetings, boolean withStatus, Runnable onChange) {
        this.meetings = meetings;
        organisation.setLabel(owner.getTranslation("task.list.filter.organisation"));
        organisation.setItems(organisations.summaries());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        person.setLabel(owner.getTranslation("task.list.filter.person"));
        person.setItems(directory.search(ContactQuery.ALL, 0, PERSONS).stream()
                .map(contact -> new Choice(contact.getId(), owner.getTranslation("task.list.person", contact.getName(),
                        Objects.toString(contact.getOrganisationName(), ""))))
                .toList());
        person.setItemLabelGenerator(Choice::label);
        status.setLabel(owner.getTranslation("task.list.filter.status"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(EnumLabels.of(owner, TaskStatus::translationKey));
        status.setHelperText(owner.getTranslation("task.list.filter.status.help"));
        status.setVisible(withStatus);
        meeting.setLabel(owner.getTranslation("task.list.filter.meeting"));
        this.owner = owner;
        meetings.list(false, null, 0, NEXT_MEETINGS).reversed().forEach(next -> meetingChoices.add(choice(next)));
        meetings.list(true, null, 0, PAST_MEETINGS).forEach(past -> meetingChoices.add(choice(past)));
        meeting.setItems(meetingChoices);
        meeting.setItemLabelGenerator(Choice::label);
        contactInterface.setLabel(owner.getTranslation("task.list.filter.interface"));
        contactInterface.setItems(ContactInterface.values());
        contactInterface.setItemLabelGenerator(EnumLabels.of(owner, ContactInterface::translationKey));
        topic.setLabel(owner.getTranslation("task.list.filter.topic"));
        topic.setItems(Topic.values());
        topic.setItemLabelGenerator(EnumLabels.of(owner, Topic::translationKey));
        overdue.setLabel(owner.getTranslation("task.list.filter.overdue"));
        dueFrom.setLabel(owner.getTranslation("task.list.filter.from"));
        dueTo.setLabel(owner.getTranslation("task.list.filter.to"));
        for (var picker : List.of(dueFrom, dueTo)) {
            DatePickers.localise(picker, owner);
            picker.setClearButtonVisible(true);
        }
        for (var combo : List.of(organisation, person, meeting, contactInterface, topic)) {
            combo.setClearButtonVisible(true);
        }
        status.setClearButtonVisible(true);
        // the statuses shown without a filter; a cleared choice then means all
        status.setValue(TaskFilterAddress.DEFAULT.statuses());
        panel = new FilterPanel(organisation, person, status, meeting, contactInterface, topic, dueFrom, dueTo, overdue);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(organisation, person, status, meeting, contactInterface,
                topic, overdue, dueFrom, dueTo)) {
            field.addValueChangeListener(change -> {
                if (!showing) {
                    onChange.run();
                }
            });
        }
    }

    /** The filter the fields show, in the given order. */
    TaskFilter value(TaskSort sort, boolean descending) {
        return new TaskFilter(organisation.getOptionalValue().map(OrganisationSummary::id).orElse(null),
                person.getOptionalValue().map(Choice::id).orElse(null),
                status.isVisible() ? status.getValue() : TaskFilterAddress.DEFAULT.statuses(),
                meeting.getOptionalValue().map(Choice::id).orElse(null), contactInterface.getValue(), topic.getValue(),
                overdue.getValue(), dueFrom.getValue(), dueTo.getValue(), sort, descending);
    }

    /** Fills the fields in from the filter, quietly; an id the user cannot choose is left out. */
    void show(TaskFilter filter) {
        showing = true;
        try {
            organisation.setValue(choice(organisation, OrganisationSummary::id, filter.organisationId()));
            person.setValue(choice(person, Choice::id, filter.ownerContactId()));
            if (status.isVisible()) {
                status.setValue(filter.statuses());
            }
            meeting.setValue(meetingChoice(filter.meetingId()));
            contactInterface.setValue(filter.contactInterface());
            topic.setValue(filter.topic());
            overdue.setValue(filter.overdue());
            dueFrom.setValue(filter.dueFrom());
            dueTo.setValue(filter.dueTo());
        } finally {
            showing = false;
        }
    }

    private static <T> T choice(ComboBox<T> field, Function<T, String> id, String wanted) {
        return wanted == null ? null
                : field.getListDataView().getItems().filter(item -> wanted.equals(id.apply(item))).findFirst().orElse(null);
    }

    /** A meeting older than the choices, e.g. from a shared address, is added to them if the user may see it. */
    private Choice meetingChoice(String id) {
        if (id == null) {
            return null;
        }
        var known = choice(meeting, Choice::id, id);
        if (known != null) {
            return known;
        }
        var found = meetings.find(id).map(this::choice);
        found.ifPresent(older -> {
            meetingChoices.add(older);
            meeting.setItems(meetingChoices);
        });
        return found.orElse(null);
    }

    private Choice choice(Meeting choice) {
        return new Choice(choice.getId(), owner.getTranslation("task.list.meeting", choice.getTitle(),
                choice.getStart() == null ? "" : Formats.date(choice.getStart().atZone(Formats.ZONE).toLocalDate())));
    }
}
