package de.arbeitsgruppe.portal.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.Organisation;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.shared.WebAddresses;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.LinesConverter;

/** The fields of an organisation profile, validated by the document's own constraints. */
class OrganisationForm extends FormLayout {

    final TextField name = new TextField();
    final TextField shortName = new TextField();
    final ComboBox<OrganisationKind> kind = new ComboBox<>();
    final RadioButtonGroup<Membership> membership = new RadioButtonGroup<>();
    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextField website = new TextField();
    final TextArea description = new TextArea();
    final TextArea areasOfWork = new TextArea();
    final BeanValidationBinder<Organisation> binder = new BeanValidationBinder<>(Organisation.class);

    OrganisationForm(boolean mayChangeStatus) {
        label(name, "organisation.name");
        label(shortName, "organisation.shortName");
        label(kind, "organisation.kind");
        label(membership, "organisation.membership");
        label(street, "organisation.street");
        label(postalCode, "organisation.postalCode");
        label(city, "organisation.city");
        label(phone, "organisation.phone");
        label(email, "organisation.email");
        label(website, "organisation.website");
        label(description, "organisation.description");
        label(areasOfWork, "organisation.areasOfWork");
        name.setRequiredIndicatorVisible(true);
        shortName.setRequiredIndicatorVisible(true);
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(EnumLabels.of(this, OrganisationKind::translationKey));
        membership.setItems(Membership.values());
        membership.setItemLabelGenerator(EnumLabels.of(this, Membership::translationKey));
        kind.setReadOnly(!mayChangeStatus);
        membership.setReadOnly(!mayChangeStatus);
        phone.setHelperText(getTranslation("organisation.phone.help"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        website.setHelperText(getTranslation("organisation.website.help"));
        areasOfWork.setHelperText(getTranslation("form.onePerLine"));
        description.setMaxLength(4000);
        bind();
        add(name, shortName, kind, membership, street, postalCode, city, phone, email, website);
        add(description, 2);
        add(areasOfWork, 2);
    }

    // optional fields: an empty field means "not given", not a value that must match the pattern
    private void bind() {
        binder.forField(name).bind("name");
        binder.forField(shortName).bind("shortName");
        binder.forField(kind).bind("kind");
        binder.forField(membership).bind("membership");
        // an empty optional field is null, not "", or the format rules (digits, http…) refuse it
        binder.forField(street).withNullRepresentation("").bind("address.street");
        binder.forField(postalCode).withNullRepresentation("").bind("address.postalCode");
        binder.forField(city).withNullRepresentation("").bind("address.city");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(email).withNullRepresentation("").bind("email");
        // checked as it will be stored: "www.example.de" passes the http(s) rule as "https://www.example.de"
        binder.forField(website).withNullRepresentation("")
                .withConverter(WebAddresses::normalise, stored -> stored).bind("website");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(areasOfWork).withConverter(new LinesConverter()).bind("areasOfWork");
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation(key));
    }
}
