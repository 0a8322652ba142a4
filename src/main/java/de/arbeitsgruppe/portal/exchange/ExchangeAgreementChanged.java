package de.arbeitsgruppe.portal.exchange;

/** An agreement of the register was created or changed (also its signed PDF). */
public record ExchangeAgreementChanged(String agreementId, String workingGroupId) {
}
