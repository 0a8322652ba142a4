package de.arbeitsgruppe.portal.exchange;

import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The register's rules across fields, checked by the service on every save (the form checks the same
 * as the user types): each organisation on its side of the interface, at least one data category, the
 * review not before the start, a description of another channel, contacts from the directory.
 */
final class ExchangeRules {

    private ExchangeRules() {
    }

    /**
     * @param authorities the member authorities of the working group
     * @param contactKnown whether the directory has an entry of that id the user may see
     * @throws ExchangeRefused naming the field of the first rule broken
     */
    static void check(ExchangeAgreement agreement, List<OrganisationSummary> authorities, Predicate<String> contactKnown) {
        var onInterface = agreement.getContactInterface();
        if (onInterface != null) {
            var first = find(authorities, agreement.getOrganisationAId());
            if (agreement.getOrganisationAId() != null
                    && !first.filter(o -> InterfaceSides.standsOn(o, InterfaceSides.first(onInterface))).isPresent()) {
                throw new ExchangeRefused("organisationAId", "exchange.validation.organisationSide");
            }
            var second = find(authorities, agreement.getOrganisationBId());
            if (agreement.getOrganisationBId() != null
                    && !second.filter(o -> InterfaceSides.standsOn(o, InterfaceSides.second(onInterface))).isPresent()) {
                throw new ExchangeRefused("organisationBId", "exchange.validation.organisationSide");
            }
        }
        if (agreement.getDataCategories().isEmpty()) {
            throw new ExchangeRefused("dataCategories", "exchange.validation.categories");
        }
        if (agreement.getDataCategories().stream().anyMatch(category -> category.length() > ExchangeAgreement.MAX_LINE)) {
            throw new ExchangeRefused("dataCategories", "exchange.validation.categoryLength");
        }
        if (agreement.getChannel() == ExchangeChannel.OTHER && agreement.getChannelOther() == null) {
            throw new ExchangeRefused("channelOther", "exchange.validation.channelOther");
        }
        if (agreement.getStart() != null && agreement.getNextReview() != null
                && agreement.getNextReview().isBefore(agreement.getStart())) {
            throw new ExchangeRefused("nextReview", "exchange.validation.reviewBeforeStart");
        }
        if (!agreement.getContactIds().stream().allMatch(contactKnown)) {
            throw new ExchangeRefused("contactIds", "exchange.validation.contact");
        }
    }

    private static Optional<OrganisationSummary> find(List<OrganisationSummary> authorities, String id) {
        return authorities.stream().filter(o -> Objects.equals(o.id(), id)).findFirst();
    }
}
