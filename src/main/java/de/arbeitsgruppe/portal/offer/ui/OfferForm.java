package de.arbeitsgruppe.portal.offer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import de.arbeitsgruppe.portal.offer.CefrLevel;
import de.arbeitsgruppe.portal.offer.District;
import de.arbeitsgruppe.portal.offer.Funding;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferDetails;
import de.arbeitsgruppe.portal.offer.OfferFormat;
import de.arbeitsgruppe.portal.offer.OfferKind;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.shared.ui.DatePickers;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a provider writes about an offer, in the sections a provider thinks in. The rules
 * across fields (the end before the start, levels upside down, more free places than places) are
 * checked as the user types, the same rules the service checks again on saving.
 */
class OfferForm extends Div {

    final ComboBox<OrganisationSummary> provider = new ComboBox<>();
    final Select<OfferKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Select<CefrLevel> levelFrom = new Select<>();
    final Select<CefrLevel> levelTo = new Select<>();
    final Checkbox literacy = new Checkbox();
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final DatePicker registrationDeadline = new DatePicker();
    final Checkbox continuousEntry = new Checkbox();
    final TextField schedule = new TextField();
    final BigDecimalField hoursPerWeek = new BigDecimalField();
    final RadioButtonGroup<OfferFormat> format = new RadioButtonGroup<>();
    final TextField venue = new TextField();
    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final ComboBox<District> district = new ComboBox<>();
    final IntegerField capacity = new IntegerField();
    final IntegerField freePlaces = new IntegerField();
    final Checkbox freeOfCharge = new Checkbox();
    final TextField costs = new TextField();
    final CheckboxGroup<Funding> fundings = new CheckboxGroup<>();
    final Checkbox childcare = new Checkbox();
    final Checkbox womenOnly = new Checkbox();
    final TextArea eligibility = new TextArea();
    final TextField helpLanguages = new TextField();
    final TextArea accessibility = new TextArea();
    final TextField contactName = new TextField();
    final TextField contactPhone = new TextField();
    final TextField contactEmail = new TextField();
    final TextArea registration = new TextArea();
    final TextField registrationUrl = new TextField();
    final BeanValidationBinder<Offer> binder = new BeanValidationBinder<>(Offer.class);

    /** The field each name of {@link de.arbeitsgruppe.portal.offer.OfferRefused#field()} means. */
    private final Map<String, HasValidation> byName = new HashMap<>();

    /** @param providers the organisations the office may choose from; empty for a provider, whose offers are its own */
    OfferForm(List<District> districts, List<OrganisationSummary> providers) {
        configure(districts, providers);
        bindTexts();
        OfferFormRules.bind(this, !providers.isEmpty());
        // the binder shows the indicator for the required kind, which Vaadin writes as aria-required on the
        // select's button, where ARIA does not allow it (axe-core: aria-allowed-attr); a missing kind is
        // still named next to the field
        kind.setRequiredIndicatorVisible(false);
        add(section("offer.form.section.content", provider, kind, title, description, levelFrom, levelTo, literacy),
                section("offer.form.section.dates", start, end, registrationDeadline, continuousEntry, schedule, hoursPerWeek),
                section("offer.form.section.place", format, venue, street, postalCode, city, district),
                section("offer.form.section.places", capacity, freePlaces, freeOfCharge, costs, fundings),
                section("offer.form.section.notes", childcare, womenOnly, eligibility, helpLanguages, accessibility),
                section("offer.form.section.contact", contactName, contactPhone, contactEmail, registration, registrationUrl));
    }

    private void configure(List<District> districts, List<OrganisationSummary> providers) {
        provider.setItems(providers);
        provider.setItemLabelGenerator(OrganisationSummary::name);
        provider.setVisible(!providers.isEmpty());
        kind.setItems(OfferKind.values());
        kind.setItemLabelGenerator(EnumLabels.of(this, OfferKind::translationKey));
        for (var level : List.of(levelFrom, levelTo)) {
            level.setItems(CefrLevel.values());
            level.setItemLabelGenerator(EnumLabels.of(this, CefrLevel::translationKey));
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption(getTranslation("offer.form.noLevel"));
        }
        literacy.setLabel(getTranslation("offer.field.literacy"));
        title.setMaxLength(OfferDetails.MAX_TITLE);
        description.setMaxLength(OfferDetails.MAX_DESCRIPTION);
        description.setHelperText(getTranslation("offer.form.description.help"));
        for (var date : List.of(start, end, registrationDeadline)) {
            DatePickers.localise(date, this);
        }
        continuousEntry.setLabel(getTranslation("offer.field.continuousEntry"));
        schedule.setHelperText(getTranslation("offer.form.schedule.help"));
        format.setItems(OfferFormat.values());
        format.setItemLabelGenerator(EnumLabels.of(this, OfferFormat::translationKey));
        district.setItems(districts);
        district.setItemLabelGenerator(District::getName);
        district.setClearButtonVisible(true);
        capacity.setMin(0);
        capacity.setMax(OfferDetails.MAX_CAPACITY);
        freePlaces.setMin(0);
        freeOfCharge.setLabel(getTranslation("offer.field.freeOfCharge"));
        fundings.setItems(Funding.values());
        fundings.setItemLabelGenerator(EnumLabels.of(this, Funding::translationKey));
        childcare.setLabel(getTranslation("offer.field.childcare"));
        womenOnly.setLabel(getTranslation("offer.field.womenOnly"));
        helpLanguages.setHelperText(getTranslation("offer.form.helpLanguages.help"));
        registrationUrl.setPlaceholder("https://");
        for (var text : List.of(schedule, venue, street, city, costs, helpLanguages, contactName, contactPhone,
                contactEmail, registrationUrl)) {
            text.setMaxLength(OfferDetails.MAX_LINE);
        }
        for (var note : List.of(eligibility, accessibility, registration)) {
            note.setMaxLength(OfferDetails.MAX_NOTE);
        }
        label(provider, "providerOrganisationId");
        label(kind, "kind");
        label(levelFrom, "levelFrom");
        label(levelTo, "levelTo");
        label(start, "start");
        label(end, "end");
        label(registrationDeadline, "registrationDeadline");
        label(hoursPerWeek, "hoursPerWeek");
        label(format, "format");
        label(district, "districtId");
        label(capacity, "capacity");
        label(freePlaces, "freePlaces");
        label(fundings, "fundings");
    }

    private void bindTexts() {
        binder.forField(kind).bind("details.kind");
        for (var entry : Map.ofEntries(Map.entry(title, "title"), Map.entry(description, "description"),
                Map.entry(schedule, "schedule"), Map.entry(venue, "venue"), Map.entry(street, "street"),
                Map.entry(postalCode, "postalCode"), Map.entry(city, "city"), Map.entry(costs, "costs"),
                Map.entry(eligibility, "eligibility"), Map.entry(helpLanguages, "helpLanguages"),
                Map.entry(accessibility, "accessibility"), Map.entry(contactName, "contactName"),
                Map.entry(contactPhone, "contactPhone"), Map.entry(contactEmail, "contactEmail"),
                Map.entry(registration, "registration"), Map.entry(registrationUrl, "registrationUrl")).entrySet()) {
            @SuppressWarnings("unchecked")
            var field = (HasValue<?, String>) entry.getKey();
            label((HasLabel) field, entry.getValue());
            binder.forField(field).withNullRepresentation("").bind("details." + entry.getValue());
        }
        binder.forField(levelFrom).bind("details.levelFrom");
        binder.forField(literacy).bind("details.literacy");
        binder.forField(continuousEntry).bind("details.continuousEntry");
        binder.forField(hoursPerWeek).bind("details.hoursPerWeek");
        binder.forField(format).bind("details.format");
        binder.forField(capacity).bind("details.capacity");
        binder.forField(freeOfCharge).bind("details.freeOfCharge");
        binder.forField(fundings).bind("details.fundings");
        binder.forField(childcare).bind("details.childcare");
        binder.forField(womenOnly).bind("details.womenOnly");
    }

    void read(Offer offer) {
        binder.readBean(offer);
    }

    /** Checks every field and marks the wrong ones; only when all are fine is the offer changed. */
    boolean writeIfValid(Offer offer) {
        if (!binder.validate().isOk()) {
            return false;
        }
        try {
            binder.writeBean(offer);
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

    private void label(HasLabel field, String name) {
        field.setLabel(getTranslation("offer.field." + name));
        if (field instanceof HasValidation validated) {
            byName.put(name, validated);
        }
    }

    private Section section(String headingKey, Component... fields) {
        var heading = new H2(getTranslation(headingKey));
        var layout = new FormLayout(fields);
        for (Component wide : List.<Component>of(title, description, eligibility, accessibility, registration, fundings, format)) {
            if (wide.getParent().filter(layout::equals).isPresent()) {
                layout.setColspan(wide, 2);
            }
        }
        var section = new Section(heading, layout);
        section.addClassName("portal-form-section");
        return section;
    }
}
