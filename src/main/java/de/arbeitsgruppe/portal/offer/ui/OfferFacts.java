package de.arbeitsgruppe.portal.offer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import de.arbeitsgruppe.portal.offer.DistrictList;
import de.arbeitsgruppe.portal.offer.District;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Details;
import de.arbeitsgruppe.portal.shared.ui.Links;
import java.util.stream.Collectors;

/** An offer's fields as its page shows them, in the order of the form; empty ones are left out. */
class OfferFacts extends Details {

    void show(Offer offer, DistrictList districts) {
        removeAll();
        var details = offer.getDetails();
        show("offer.field.providerOrganisationId", offer.getProviderName());
        show("offer.field.kind", details.getKind() == null ? null : getTranslation(details.getKind().translationKey()));
        show("offer.field.description", multiLine(details.getDescription()));
        show("offer.facts.levels", OfferTexts.levels(this, details));
        show("offer.facts.period", OfferTexts.period(this, details));
        show("offer.field.registrationDeadline", Formats.date(details.getRegistrationDeadline()));
        show("offer.field.schedule", details.getSchedule());
        show("offer.field.hoursPerWeek", details.getHoursPerWeek() == null ? null
                : details.getHoursPerWeek().stripTrailingZeros().toPlainString());
        show("offer.field.format", details.getFormat() == null ? null : getTranslation(details.getFormat().translationKey()));
        show("offer.field.venue", details.getVenue());
        show("offer.facts.address", join(details.getStreet(), join(details.getPostalCode(), details.getCity(), " "), ", "));
        show("offer.field.districtId", districts.find(details.getDistrictId()).map(District::getName).orElse(null));
        show("offer.field.capacity", details.getCapacity() == null ? null : String.valueOf(details.getCapacity()));
        show("offer.field.freePlaces", offer.getFreePlaces() == null ? null : String.valueOf(offer.getFreePlaces()));
        show("offer.facts.costs", details.isFreeOfCharge() ? getTranslation("offer.field.freeOfCharge") : details.getCosts());
        show("offer.field.fundings", details.getFundings() == null ? null : details.getFundings().stream()
                .map(funding -> getTranslation(funding.translationKey())).collect(Collectors.joining(", ")));
        show("offer.facts.for", join(details.isChildcare() ? getTranslation("offer.field.childcare") : null,
                details.isWomenOnly() ? getTranslation("offer.field.womenOnly") : null, ", "));
        show("offer.field.eligibility", multiLine(details.getEligibility()));
        show("offer.field.helpLanguages", details.getHelpLanguages());
        show("offer.field.accessibility", multiLine(details.getAccessibility()));
        show("offer.field.contactName", details.getContactName());
        show("offer.field.contactPhone", Links.phone(details.getContactPhone()));
        show("offer.field.contactEmail", Links.email(details.getContactEmail()));
        show("offer.field.registration", multiLine(details.getRegistration()));
        show("offer.field.registrationUrl", link(details.getRegistrationUrl()));
        show("offer.field.updatedAt", Formats.dateTime(offer.getUpdatedAt()));
        show("offer.facts.submittedAt", Formats.dateTime(offer.getSubmittedAt()));
    }

    private static String join(String first, String second, String separator) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + separator + second;
    }

    /** The provider's own words, line breaks kept; plain text, never markup. */
    private static Div multiLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var shown = new Div(text);
        shown.getStyle().set("white-space", "pre-line");
        return shown;
    }

    private static Anchor link(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        var link = new Anchor(address, address);
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.setRouterIgnore(true);
        return link;
    }

    private void show(String labelKey, Component value) {
        if (value != null) {
            add(new Term(getTranslation(labelKey)), new Description(value));
        }
    }
}
