package de.arbeitsgruppe.portal.exchange.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.exchange.ExchangeChannel;
import de.arbeitsgruppe.portal.exchange.InterfaceSides;
import de.arbeitsgruppe.portal.organisation.OrganisationKind.AuthoritySide;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link ExchangeForm} is bound: the organisations offered are those on the sides of the chosen
 * interface, the other channel needs its description, the review comes after the start, and at least
 * one data category is named; the service checks the same again (ExchangeRules).
 */
final class ExchangeFormRules {

    private ExchangeFormRules() {
    }

    static void bind(ExchangeForm form) {
        var binder = form.binder;
        for (var entry : Map.<HasValue<?, String>, String>of(form.title, "title", form.purpose, "purpose",
                form.legalBasis, "legalBasis", form.responsibleUnitA, "responsibleUnitA", form.responsibleUnitB,
                "responsibleUnitB", form.consentForm, "consentForm").entrySet()) {
            binder.forField(entry.getKey()).withNullRepresentation("").bind(entry.getValue());
        }
        binder.forField(form.contactInterface).bind("contactInterface");
        binder.forField(form.direction).bind("direction");
        binder.forField(form.channel).bind("channel");
        binder.forField(form.frequency).bind("frequency");
        var required = form.getTranslation("exchange.validation.organisation");
        var firstBinding = binder.forField(form.organisationA).asRequired(required)
                .withValidator(chosen -> onSide(form, chosen, true), form.getTranslation("exchange.validation.organisationSide"))
                .bind(agreement -> byId(form.authorities, agreement.getOrganisationAId()),
                        (agreement, chosen) -> agreement.setOrganisationAId(chosen == null ? null : chosen.id()));
        var secondBinding = binder.forField(form.organisationB).asRequired(required)
                .withValidator(chosen -> onSide(form, chosen, false), form.getTranslation("exchange.validation.organisationSide"))
                .bind(agreement -> byId(form.authorities, agreement.getOrganisationBId()),
                        (agreement, chosen) -> agreement.setOrganisationBId(chosen == null ? null : chosen.id()));
        binder.forField(form.dataCategories)
                .withValidator(chosen -> !chosen.isEmpty(), form.getTranslation("exchange.validation.categories"))
                .bind(agreement -> new LinkedHashSet<>(agreement.getDataCategories()),
                        (agreement, chosen) -> agreement.setDataCategories(List.copyOf(chosen)));
        var otherBinding = binder.forField(form.channelOther).withNullRepresentation("")
                .withValidator(text -> form.channel.getValue() != ExchangeChannel.OTHER || !text.isBlank(),
                        form.getTranslation("exchange.validation.channelOther"))
                .bind("channelOther");
        binder.forField(form.contacts)
                .bind(agreement -> contactsOf(form, agreement.getContactIds()),
                        (agreement, chosen) -> agreement.setContactIds(chosen.stream().map(Contact::getId).toList()));
        binder.forField(form.start).bind("start");
        var reviewBinding = binder.forField(form.nextReview)
                .withValidator(date -> date == null || form.start.getValue() == null || !date.isBefore(form.start.getValue()),
                        form.getTranslation("exchange.validation.reviewBeforeStart"))
                .bind("nextReview");
        form.contactInterface.addValueChangeListener(change -> {
            offerSides(form, change.getValue());
            recheck(firstBinding);
            recheck(secondBinding);
        });
        form.channel.addValueChangeListener(change -> {
            form.channelOther.setVisible(change.getValue() == ExchangeChannel.OTHER);
            recheck(otherBinding);
        });
        form.start.addValueChangeListener(change -> recheck(reviewBinding));
        form.channelOther.setVisible(false);
        offerSides(form, null);
    }

    /** Each organisation field offers the authorities of its side of the interface, all of them before one is chosen. */
    private static void offerSides(ExchangeForm form, ContactInterface chosen) {
        offer(form.organisationA, form.authorities, chosen == null ? null : InterfaceSides.first(chosen));
        offer(form.organisationB, form.authorities, chosen == null ? null : InterfaceSides.second(chosen));
    }

    private static void offer(com.vaadin.flow.component.combobox.ComboBox<OrganisationSummary> field,
            List<OrganisationSummary> authorities, AuthoritySide side) {
        var current = field.getValue();
        var items = authorities.stream().filter(o -> side == null || InterfaceSides.standsOn(o, side)).toList();
        field.setItems(items);
        field.setHelperText(side == null ? null : field.getTranslation("exchange.form.side." + side.name().toLowerCase()));
        if (current != null && items.contains(current)) {
            field.setValue(current);
        }
    }

    private static boolean onSide(ExchangeForm form, OrganisationSummary chosen, boolean first) {
        var onInterface = form.contactInterface.getValue();
        return chosen == null || onInterface == null
                || InterfaceSides.standsOn(chosen, first ? InterfaceSides.first(onInterface) : InterfaceSides.second(onInterface));
    }

    private static OrganisationSummary byId(List<OrganisationSummary> authorities, String id) {
        return authorities.stream().filter(o -> Objects.equals(o.id(), id)).findFirst().orElse(null);
    }

    private static Set<Contact> contactsOf(ExchangeForm form, List<String> ids) {
        var chosen = new LinkedHashSet<Contact>();
        form.contacts.getListDataView().getItems().filter(contact -> ids.contains(contact.getId())).forEach(chosen::add);
        return chosen;
    }

    /** A rule that depends on another field is checked again when that one changes, once the user filled it in. */
    private static void recheck(Binder.Binding<ExchangeAgreement, ?> binding) {
        if (!binding.getField().isEmpty() || ((HasValidation) binding.getField()).isInvalid()) {
            binding.validate();
        }
    }
}
