package de.arbeitsgruppe.portal.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.exchange.DataCategories;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.exchange.ExchangeChannel;
import de.arbeitsgruppe.portal.exchange.ExchangeDirection;
import de.arbeitsgruppe.portal.exchange.ExchangeFrequency;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the register holds about an agreement, in the order people agree on it: who, what,
 * how, when. The rules across fields are bound by {@link ExchangeFormRules}, the same the service
 * checks again on saving.
 */
class ExchangeForm extends Div {

    final TextField title = new TextField();
    final Select<ContactInterface> contactInterface = new Select<>();
    final ComboBox<OrganisationSummary> organisationA = new ComboBox<>();
    final ComboBox<OrganisationSummary> organisationB = new ComboBox<>();
    final MultiSelectComboBox<String> dataCategories = new MultiSelectComboBox<>();
    final RadioButtonGroup<ExchangeDirection> direction = new RadioButtonGroup<>();
    final TextArea purpose = new TextArea();
    final TextArea legalBasis = new TextArea();
    final Select<ExchangeChannel> channel = new Select<>();
    final TextField channelOther = new TextField();
    final Select<ExchangeFrequency> frequency = new Select<>();
    final TextField responsibleUnitA = new TextField();
    final TextField responsibleUnitB = new TextField();
    final MultiSelectComboBox<Contact> contacts = new MultiSelectComboBox<>();
    final TextField consentForm = new TextField();
    final DatePicker start = new DatePicker();
    final DatePicker nextReview = new DatePicker();
    final BeanValidationBinder<ExchangeAgreement> binder = new BeanValidationBinder<>(ExchangeAgreement.class);

    /** The field each name of {@link de.arbeitsgruppe.portal.exchange.ExchangeRefused#field()} means. */
    private final Map<String, HasValidation> byName = new HashMap<>();
    final List<OrganisationSummary> authorities;

    ExchangeForm(List<OrganisationSummary> authorities, List<Contact> contactChoices) {
        this.authorities = authorities;
        configure(contactChoices);
        ExchangeFormRules.bind(this);
        for (var select : List.<Select<?>>of(contactInterface, channel, frequency)) {
            // Vaadin writes aria-required on the select's button, where ARIA does not allow it (axe-core:
            // aria-allowed-attr); a missing choice is still named next to the field
            select.setRequiredIndicatorVisible(false);
        }
        add(section("exchange.form.section.parties", title, contactInterface, organisationA, organisationB,
                        responsibleUnitA, responsibleUnitB, contacts),
                section("exchange.form.section.data", dataCategories, direction, purpose, legalBasis, consentForm),
                section("exchange.form.section.way", channel, channelOther, frequency, start, nextReview));
    }

    private void configure(List<Contact> contactChoices) {
        title.setMaxLength(120);
        title.setHelperText(getTranslation("exchange.form.title.help"));
        contactInterface.setItems(ContactInterface.values());
        contactInterface.setItemLabelGenerator(EnumLabels.of(this, ContactInterface::translationKey));
        for (var organisation : List.of(organisationA, organisationB)) {
            organisation.setItemLabelGenerator(OrganisationSummary::name);
        }
        dataCategories.setItems(DataCategories.SUGGESTIONS);
        dataCategories.setAllowCustomValue(true);
        dataCategories.addCustomValueSetListener(typed -> addCategory(typed.getDetail()));
        dataCategories.setHelperText(getTranslation("exchange.form.categories.help"));
        dataCategories.setRequiredIndicatorVisible(true);
        direction.setItems(ExchangeDirection.values());
        direction.setItemLabelGenerator(EnumLabels.of(this, ExchangeDirection::translationKey));
        for (var text : List.of(purpose, legalBasis)) {
            text.setMaxLength(ExchangeAgreement.MAX_TEXT);
        }
        legalBasis.setHelperText(getTranslation("exchange.form.legalBasis.help"));
        channel.setItems(ExchangeChannel.values());
        channel.setItemLabelGenerator(EnumLabels.of(this, ExchangeChannel::translationKey));
        frequency.setItems(ExchangeFrequency.values());
        frequency.setItemLabelGenerator(EnumLabels.of(this, ExchangeFrequency::translationKey));
        for (var line : List.of(channelOther, responsibleUnitA, responsibleUnitB, consentForm)) {
            line.setMaxLength(ExchangeAgreement.MAX_LINE);
        }
        consentForm.setHelperText(getTranslation("exchange.form.consentForm.help"));
        contacts.setItems(contactChoices);
        contacts.setItemLabelGenerator(contact -> getTranslation("exchange.form.contact",
                contact.getName(), contact.getOrganisationName()));
        contacts.setHelperText(getTranslation("exchange.form.contacts.help"));
        DatePickers.localise(start, this);
        DatePickers.localise(nextReview, this);
        nextReview.setHelperText(getTranslation("exchange.form.nextReview.help"));
        for (var entry : Map.<String, HasLabel>ofEntries(Map.entry("title", title), Map.entry("contactInterface", contactInterface),
                Map.entry("organisationAId", organisationA), Map.entry("organisationBId", organisationB),
                Map.entry("dataCategories", dataCategories), Map.entry("direction", direction),
                Map.entry("purpose", purpose), Map.entry("legalBasis", legalBasis), Map.entry("channel", channel),
                Map.entry("channelOther", channelOther), Map.entry("frequency", frequency),
                Map.entry("responsibleUnitA", responsibleUnitA), Map.entry("responsibleUnitB", responsibleUnitB),
                Map.entry("contactIds", contacts), Map.entry("consentForm", consentForm), Map.entry("start", start),
                Map.entry("nextReview", nextReview)).entrySet()) {
            entry.getValue().setLabel(getTranslation("exchangeAgreement." + entry.getKey()));
            byName.put(entry.getKey(), (HasValidation) entry.getValue());
        }
    }

    /** A category the user typed joins the suggestions and the selection. */
    void addCategory(String typed) {
        var category = typed == null ? "" : typed.strip();
        if (category.isEmpty()) {
            return;
        }
        var items = new java.util.ArrayList<>(dataCategories.getListDataView().getItems().toList());
        if (!items.contains(category)) {
            items.add(category);
            var selected = dataCategories.getSelectedItems();
            dataCategories.setItems(items);
            dataCategories.select(selected);
        }
        dataCategories.select(category);
    }

    void read(ExchangeAgreement agreement) {
        // categories of the agreement that are no suggestion still need to be items to be shown as chosen
        var items = new java.util.ArrayList<>(DataCategories.SUGGESTIONS);
        agreement.getDataCategories().stream().filter(category -> !items.contains(category)).forEach(items::add);
        dataCategories.setItems(items);
        binder.readBean(agreement);
    }

    /** Checks every field and marks the wrong ones; only when all are fine is the agreement changed. */
    boolean writeIfValid(ExchangeAgreement agreement) {
        if (!binder.validate().isOk()) {
            return false;
        }
        try {
            binder.writeBean(agreement);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** Shows a rule the service enforced next to the field it names; false for a field the form lacks. */
    boolean refuse(String field, String message) {
        var target = byName.get(field);
        if (target == null || !((Component) target).isVisible()) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    private Section section(String headingKey, Component... fields) {
        var layout = new FormLayout(fields);
        for (Component wide : List.<Component>of(title, dataCategories, purpose, legalBasis, contacts, direction)) {
            if (wide.getParent().filter(layout::equals).isPresent()) {
                layout.setColspan(wide, 2);
            }
        }
        var section = new Section(new H2(getTranslation(headingKey)), layout);
        section.addClassName("portal-form-section");
        return section;
    }
}
