package de.arbeitsgruppe.portal.exchange.ui;

import de.arbeitsgruppe.portal.contact.Contact;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.Details;
import java.util.List;
import java.util.stream.Collectors;

/** An agreement's facts as a description list, empty ones left out. */
class ExchangeFacts extends Details {

    void show(ExchangeAgreement agreement, List<Contact> contacts) {
        removeAll();
        show("exchangeAgreement.contactInterface", agreement.getContactInterface() == null ? null
                : getTranslation(agreement.getContactInterface().translationKey()));
        show("exchangeAgreement.organisationAId", agreement.getOrganisationAName());
        show("exchangeAgreement.organisationBId", agreement.getOrganisationBName());
        show("exchangeAgreement.direction", ExchangeTexts.parties(this, agreement));
        show("exchangeAgreement.dataCategories", String.join(" · ", agreement.getDataCategories()));
        show("exchangeAgreement.purpose", agreement.getPurpose());
        show("exchangeAgreement.legalBasis", agreement.getLegalBasis());
        show("exchangeAgreement.channel", ExchangeTexts.channel(this, agreement));
        show("exchangeAgreement.frequency", agreement.getFrequency() == null ? null
                : getTranslation(agreement.getFrequency().translationKey()));
        show("exchangeAgreement.responsibleUnitA", unit(agreement.getResponsibleUnitA(), agreement.getOrganisationAName()));
        show("exchangeAgreement.responsibleUnitB", unit(agreement.getResponsibleUnitB(), agreement.getOrganisationBName()));
        show("exchangeAgreement.contactIds", contacts.stream()
                .map(contact -> contact.getEmail() == null ? contact.getName()
                        : getTranslation("exchange.detail.contactWithMail", contact.getName(), contact.getEmail()))
                .collect(Collectors.joining(", ")));
        show("exchangeAgreement.consentForm", agreement.getConsentForm());
        show("exchangeAgreement.start", Formats.date(agreement.getStart()));
        show("exchangeAgreement.nextReview", Formats.date(agreement.getNextReview()));
    }

    private String unit(String unit, String organisation) {
        return unit == null ? null : getTranslation("exchange.detail.unitOf", unit, organisation);
    }
}
