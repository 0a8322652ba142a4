package de.arbeitsgruppe.portal.contact.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.contact.Topic;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.Visibility;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import java.util.List;
import java.util.Objects;

/** Fields of a directory entry; organisation and account link only for coordinators and admins. */
class ContactForm extends FormLayout {

    final RadioButtonGroup<ContactKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField function = new TextField();
    final TextField organisationalUnit = new TextField();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<ContactInterface> interfaces = new CheckboxGroup<>();
    final CheckboxGroup<Topic> topics = new CheckboxGroup<>();
    final ComboBox<Contact> deputy = new ComboBox<>();
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final TextField accountUsername = new TextField();
    final BeanValidationBinder<Contact> binder = new BeanValidationBinder<>(Contact.class);

    ContactForm(List<OrganisationSummary> organisations, List<Contact> deputies, boolean coordinatorOrAdmin) {
        label(kind, "contact.kind");
        label(name, "contact.name");
        label(function, "contact.function");
        label(organisationalUnit, "contact.organisationalUnit");
        label(organisation, "contact.organisation");
        label(phone, "contact.phone");
        label(email, "contact.email");
        label(interfaces, "contact.interfaces");
        label(topics, "contact.topics");
        label(deputy, "contact.deputy");
        label(visibility, "contact.visibility");
        label(accountUsername, "contact.accountUsername");
        name.setRequiredIndicatorVisible(true);
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(EnumLabels.of(this, ContactKind::translationKey));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setReadOnly(!coordinatorOrAdmin);
        interfaces.setItems(ContactInterface.values());
        interfaces.setItemLabelGenerator(EnumLabels.of(this, ContactInterface::translationKey));
        topics.setItems(Topic.values());
        topics.setItemLabelGenerator(EnumLabels.of(this, Topic::translationKey));
        deputy.setItems(deputies);
        deputy.setItemLabelGenerator(Contact::getName);
        deputy.setClearButtonVisible(true);
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(EnumLabels.of(this, Visibility::translationKey));
        accountUsername.setHelperText(getTranslation("contact.accountUsername.help"));
        accountUsername.setVisible(coordinatorOrAdmin);
        visibility.setReadOnly(!coordinatorOrAdmin);
        phone.setHelperText(getTranslation("organisation.phone.help"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        bind(organisations, deputies);
        add(kind, name, function, organisationalUnit, organisation, phone, email, deputy, visibility, accountUsername);
        add(interfaces, 2);
        add(topics, 2);
    }

    // optional fields: an empty field means "not given", not a value that must match the pattern
    private void bind(List<OrganisationSummary> organisations, List<Contact> deputies) {
        binder.forField(kind).bind("kind");
        binder.forField(name).bind("name");
        binder.forField(function).withNullRepresentation("").bind("function");
        binder.forField(organisationalUnit).withNullRepresentation("").bind("organisationalUnit");
        binder.forField(organisation).asRequired(getTranslation("validation.required"))
                .bind(c -> organisations.stream().filter(o -> o.id().equals(c.getOrganisationId())).findFirst()
                        .orElse(null), (c, o) -> c.setOrganisationId(o == null ? null : o.id()));
        // an empty optional field is null, not "", or the format rules (digits, http…) refuse it
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(interfaces).bind("interfaces");
        binder.forField(topics).bind("topics");
        binder.forField(deputy).bind(c -> deputies.stream().filter(d -> Objects.equals(d.getId(), c.getDeputyId()))
                .findFirst().orElse(null), (c, d) -> c.setDeputyId(d == null ? null : d.getId()));
        binder.forField(visibility).bind("visibility");
        binder.forField(accountUsername).withNullRepresentation("").bind("accountUsername");
    }

    private void label(HasLabel field, String key) {
        field.setLabel(getTranslation(key));
    }
}
