package de.arbeitsgruppe.portal.meeting.ui;

import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Fields of a meeting. Invitees are chosen by name and stored by id; the state is offered only when
 * editing, the series rule only for a new meeting.
 */
class MeetingForm extends FormLayout {

    static final Duration DEFAULT_DURATION = Duration.ofHours(2);

    final RadioButtonGroup<MeetingType> type = new RadioButtonGroup<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final TextField place = new TextField();
    final TextField onlineLink = new TextField();
    final ComboBox<OrganisationSummary> organiser = new ComboBox<>();
    final TextField organiserName = new TextField();
    final ComboBox<ContactInterface> interfaceTopic = new ComboBox<>();
    final MultiSelectComboBox<OrganisationSummary> invitedOrganisations = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Contact> invitedContacts = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Contact> informedContacts = new MultiSelectComboBox<>();
    final GuestEditor guests = new GuestEditor();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final Select<MeetingState> state = new Select<>();
    final RecurrenceFields recurrence = new RecurrenceFields();
    final BeanValidationBinder<Meeting> binder = new BeanValidationBinder<>(Meeting.class);

    private final Choices<OrganisationSummary> organisations;
    private final Choices<Contact> contacts;
    private Binder.Binding<Meeting, LocalDateTime> endBinding;
    private boolean reading;

    /**
     * @param isNew a new meeting: offers the series rule instead of the state
     */
    MeetingForm(List<OrganisationSummary> organisationList, List<Contact> contactList, boolean isNew) {
        this.organisations = new Choices<>(organisationList, OrganisationSummary::id);
        this.contacts = new Choices<>(contactList, Contact::getId);
        label(type, "meeting.form.type");
        label(title, "meeting.form.subject");
        label(description, "meeting.form.description");
        label(start, "meeting.form.start");
        label(end, "meeting.form.end");
        label(place, "meeting.form.place");
        label(onlineLink, "meeting.form.onlineLink");
        label(organiser, "meeting.form.organiser");
        label(organiserName, "meeting.form.organiserName");
        label(interfaceTopic, "meeting.form.interfaceTopic");
        label(invitedOrganisations, "meeting.form.invitedOrganisations");
        label(invitedContacts, "meeting.form.invitedContacts");
        label(informedContacts, "meeting.form.informedContacts");
        label(visibility, "meeting.form.visibility");
        label(state, "meeting.form.state");
        configure(organisationList, contactList);
        bind(isNew);
        state.setVisible(!isNew);
        recurrence.setVisible(isNew);
        add(type, 2);
        add(title, 2);
        add(start, end, place, onlineLink, organiser, organiserName, interfaceTopic);
        add(description, 2);
        add(invitedOrganisations, invitedContacts);
        add(guests, 2);
        add(informedContacts, visibility, state);
        add(recurrence, 2);
    }

    private void configure(List<OrganisationSummary> organisationList, List<Contact> contactList) {
        type.setItems(MeetingType.values());
        type.setItemLabelGenerator(EnumLabels.of(this, MeetingType::translationKey));
        type.addValueChangeListener(change -> interfaceTopic.setVisible(change.getValue() == MeetingType.INTERFACE_TALK));
        title.setRequiredIndicatorVisible(true);
        DatePickers.localise(start, this);
        DatePickers.localise(end, this);
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        start.addValueChangeListener(change -> startChanged(change.getOldValue(), change.getValue()));
        onlineLink.setHelperText(getTranslation("meeting.form.onlineLink.help"));
        organiser.setItems(organisationList);
        organiser.setItemLabelGenerator(OrganisationSummary::name);
        interfaceTopic.setItems(ContactInterface.values());
        interfaceTopic.setItemLabelGenerator(EnumLabels.of(this, ContactInterface::translationKey));
        interfaceTopic.setClearButtonVisible(true);
        invitedOrganisations.setItems(organisationList);
        invitedOrganisations.setItemLabelGenerator(OrganisationSummary::name);
        for (var field : List.of(invitedContacts, informedContacts)) {
            field.setItems(contactList);
            field.setItemLabelGenerator(this::contactLabel);
        }
        informedContacts.setHelperText(getTranslation("meeting.form.informedContacts.help"));
        // every invitee stays visible as a chip instead of hiding behind a counter
        for (var field : List.of(invitedOrganisations, invitedContacts, informedContacts)) {
            field.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
            field.setSelectedItemsOnTop(true);
        }
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(EnumLabels.of(this, Visibility::translationKey));
        state.setItemLabelGenerator(EnumLabels.of(this, MeetingState::translationKey));
    }

    // optional fields: an empty field means "not given", not a value that must match the pattern
    private void bind(boolean isNew) {
        var required = getTranslation("validation.required");
        binder.forField(type).asRequired(required).bind("type");
        binder.forField(title).bind("title");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(start).asRequired(required).bind(Meeting::localStart, Meeting::setLocalStart);
        endBinding = binder.forField(end).asRequired(required)
                .withValidator(value -> start.getValue() == null || value.isAfter(start.getValue()),
                        getTranslation("meeting.form.endAfterStart"))
                .bind(Meeting::localEnd, Meeting::setLocalEnd);
        binder.forField(place).withNullRepresentation("").bind("place");
        binder.forField(onlineLink).withNullRepresentation("").bind("onlineLink");
        binder.forField(organiser).asRequired(required)
                .bind(m -> organisations.one(m.getOrganiserOrganisationId()), (m, o) -> m.setOrganiserOrganisationId(o.id()));
        binder.forField(organiserName).withNullRepresentation("").bind("organiserName");
        binder.forField(interfaceTopic).bind("interfaceTopic");
        binder.forField(invitedOrganisations).bind(m -> organisations.all(m.getInvitedOrganisationIds()),
                (m, chosen) -> m.setInvitedOrganisationIds(organisations.ids(chosen, m.getInvitedOrganisationIds())));
        binder.forField(invitedContacts).bind(m -> contacts.all(m.getInvitedContactIds()),
                (m, chosen) -> m.setInvitedContactIds(contacts.ids(chosen, m.getInvitedContactIds())));
        binder.forField(informedContacts).bind(m -> contacts.all(m.getInformedContactIds()),
                (m, chosen) -> m.setInformedContactIds(contacts.ids(chosen, m.getInformedContactIds())));
        binder.forField(visibility).asRequired(required).bind("visibility");
        // the state follows what happened (invitation sent, meeting closed, cancelled), not a choice in the form
        binder.forField(state).bindReadOnly(Meeting::getState);
        state.setReadOnly(true);
        state.setHelperText(getTranslation("meeting.form.state.help"));
        // Vaadin puts aria-required on the date-time picker's group and the select's button, where ARIA
        // does not allow it (axe-core: aria-allowed-attr); both always carry a value, and the rule stays
        start.setRequiredIndicatorVisible(false);
        end.setRequiredIndicatorVisible(false);
        state.setRequiredIndicatorVisible(false);
    }

    void read(Meeting meeting) {
        state.setItems(MeetingState.values());
        reading = true;
        try {
            binder.readBean(meeting);
        } finally {
            reading = false;
        }
        guests.setGuests(meeting.getGuests());
        interfaceTopic.setVisible(meeting.getType() == MeetingType.INTERFACE_TALK);
        recurrence.setStart(start.getValue());
    }

    /** Checks every field and marks the wrong ones; only when all are fine is the meeting changed. */
    boolean writeIfValid(Meeting meeting) {
        boolean fieldsValid = binder.validate().isOk();
        boolean guestsValid = guests.validate();
        boolean recurrenceValid = !recurrence.isVisible() || recurrence.validate();
        if (!fieldsValid || !guestsValid || !recurrenceValid) {
            return false;
        }
        try {
            binder.writeBean(meeting);
        } catch (ValidationException e) {
            return false;
        }
        meeting.setGuests(guests.value());
        if (meeting.getType() != MeetingType.INTERFACE_TALK) {
            meeting.setInterfaceTopic(null);
        }
        return true;
    }

    /** Moving the start moves the end along, so the meeting keeps its length (two hours for a new one). */
    private void startChanged(LocalDateTime before, LocalDateTime after) {
        if (reading || after == null) {
            recurrence.setStart(after);
            return;
        }
        var length = before != null && end.getValue() != null && end.getValue().isAfter(before)
                ? Duration.between(before, end.getValue()) : DEFAULT_DURATION;
        end.setValue(after.plus(length));
        endBinding.validate();
        recurrence.setStart(after);
    }

    private String contactLabel(Contact contact) {
        return contact.getOrganisationName() == null ? contact.getName()
                : getTranslation("attendance.contact", contact.getName(), contact.getOrganisationName());
    }

    private void label(HasLabel field, String key) {
        field.setLabel(getTranslation(key));
    }
}
