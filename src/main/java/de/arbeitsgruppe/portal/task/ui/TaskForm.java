package de.arbeitsgruppe.portal.task.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.Topic;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.task.Task;
import de.arbeitsgruppe.portal.task.TaskPriority;
import de.arbeitsgruppe.portal.task.TaskStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Fields of a task for the office. The owner is one choice among contact persons and whole
 * organisations; status and reason are offered only when editing, as a new task starts open.
 */
class TaskForm extends FormLayout {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<OwnerChoice> owner = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final RadioButtonGroup<TaskPriority> priority = new RadioButtonGroup<>();
    final ComboBox<ContactInterface> contactInterface = new ComboBox<>();
    final ComboBox<Topic> topic = new ComboBox<>();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final RepeatFields repeat = new RepeatFields();
    final RadioButtonGroup<TaskStatus> status = new RadioButtonGroup<>();
    final TextArea statusReason = new TextArea();
    final BeanValidationBinder<Task> binder = new BeanValidationBinder<>(Task.class);

    private final List<OwnerChoice> owners;
    private Binder.Binding<Task, String> reasonBinding;

    /**
     * @param today for a new task the first day it may fall due; null when editing, where an
     *              overdue task keeps its date
     */
    TaskForm(List<OwnerChoice> owners, LocalDate today) {
        this.owners = owners;
        label(title, "task.facts.title");
        label(description, "task.facts.description");
        label(owner, "task.facts.owner");
        label(due, "task.facts.due");
        label(priority, "task.facts.priority");
        label(contactInterface, "task.facts.contactInterface");
        label(topic, "task.facts.topic");
        label(visibility, "task.facts.visibility");
        label(status, "task.facts.status");
        label(statusReason, "task.facts.statusReason");
        configure();
        bind(today);
        var isNew = today != null;
        status.setVisible(!isNew);
        statusReason.setVisible(false);
        add(title, 2);
        add(description, 2);
        add(owner, due, contactInterface, topic, priority, visibility);
        add(repeat, 2);
        add(status, 2);
        add(statusReason, 2);
    }

    private void configure() {
        title.setMaxLength(Task.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        description.setMaxLength(Task.MAX_DESCRIPTION);
        owner.setItems(owners);
        owner.setItemLabelGenerator(this::ownerLabel);
        owner.setHelperText(getTranslation("task.form.owner.help"));
        owner.setRequiredIndicatorVisible(true);
        DatePickers.localise(due, this);
        due.setRequiredIndicatorVisible(true);
        priority.setItems(TaskPriority.values());
        priority.setItemLabelGenerator(EnumLabels.of(this, TaskPriority::translationKey));
        contactInterface.setItems(ContactInterface.values());
        contactInterface.setItemLabelGenerator(EnumLabels.of(this, ContactInterface::translationKey));
        contactInterface.setClearButtonVisible(true);
        topic.setItems(Topic.values());
        topic.setItemLabelGenerator(EnumLabels.of(this, Topic::translationKey));
        topic.setClearButtonVisible(true);
        // a task is work among the members, or shared with the partners; never public
        visibility.setItems(Visibility.INTERNAL, Visibility.PARTNERS);
        visibility.setItemLabelGenerator(EnumLabels.of(this, Visibility::translationKey));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(EnumLabels.of(this, TaskStatus::translationKey));
        status.addValueChangeListener(change -> {
            statusReason.setVisible(change.getValue() == TaskStatus.DROPPED);
            if (statusReason.isInvalid()) {
                reasonBinding.validate();
            }
        });
        statusReason.setMaxLength(Task.MAX_REASON);
    }

    private void bind(LocalDate today) {
        binder.forField(title).bind("title");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(owner).asRequired(getTranslation("task.validation.owner"))
                .bind(task -> currentOwner(task), (task, chosen) -> task.setOwner(chosen.contactId(), chosen.organisationId()));
        var dueBinding = binder.forField(due).asRequired(getTranslation("task.validation.due"));
        if (today != null) {
            dueBinding = dueBinding.withValidator(date -> !date.isBefore(today), getTranslation("task.validation.duePast"));
        }
        dueBinding.bind("due");
        binder.forField(priority).asRequired(getTranslation("validation.required")).bind("priority");
        binder.forField(contactInterface).bind("contactInterface");
        binder.forField(topic).bind("topic");
        binder.forField(visibility).asRequired(getTranslation("validation.required")).bind("visibility");
        binder.forField(status).asRequired(getTranslation("validation.required")).bind("status");
        reasonBinding = binder.forField(statusReason).withNullRepresentation("")
                .withValidator(reason -> status.getValue() != TaskStatus.DROPPED || (reason != null && !reason.isBlank()),
                        getTranslation("task.validation.reason"))
                .bind("statusReason");
    }

    void read(Task task) {
        binder.readBean(task);
        repeat.read(task.getRepeat());
        statusReason.setVisible(task.getStatus() == TaskStatus.DROPPED);
    }

    /** Checks every field and marks the wrong ones; only when all are fine is the task changed. */
    boolean writeIfValid(Task task) {
        boolean fieldsValid = binder.validate().isOk();
        boolean repeatValid = repeat.validate();
        if (!fieldsValid || !repeatValid) {
            return false;
        }
        try {
            binder.writeBean(task);
        } catch (ValidationException e) {
            return false;
        }
        task.setRepeat(repeat.value());
        return true;
    }

    /** Shows a rule the service enforced next to the field it names; false for a field the form lacks. */
    boolean refuse(String field, String message) {
        HasValidation target = switch (field) {
            case "title" -> title;
            case "description" -> description;
            case "ownerOrganisationId", "ownerContactId", "owner" -> owner;
            case "due" -> due;
            case "statusReason" -> statusReason;
            case "status" -> status;
            case "visibility" -> visibility;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    private OwnerChoice currentOwner(Task task) {
        return owners.stream().filter(choice -> choice.owns(task)).findFirst().orElse(null);
    }

    private String ownerLabel(OwnerChoice choice) {
        return choice.isOrganisation() ? getTranslation("task.detail.ownerOrganisation", choice.organisationName())
                : getTranslation("task.detail.ownerPerson", choice.name(), choice.organisationName());
    }

    private void label(HasLabel field, String key) {
        field.setLabel(getTranslation(key));
    }
}
