package de.arbeitsgruppe.portal.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import de.arbeitsgruppe.portal.exchange.ExchangeAgreement;
import de.arbeitsgruppe.portal.exchange.ExchangeChannel;
import de.arbeitsgruppe.portal.exchange.ExchangeGaps;
import com.vaadin.flow.router.QueryParameters;
import de.arbeitsgruppe.portal.shared.Formats;
import java.time.LocalDate;

/** Routes and the short texts the register's pages share. */
final class ExchangeTexts {

    static final String LIST_ROUTE = "datenaustausch";
    static final String NEW_ROUTE = "datenaustausch/neu";

    private ExchangeTexts() {
    }

    static final String INTERFACE_PARAMETER = "schnittstelle";
    static final String FIRST_PARAMETER = "a";
    static final String SECOND_PARAMETER = "b";

    /** The form for a new agreement, filled in with the interface and the two authorities of a gap. */
    static String newRoute(ExchangeGaps.Missing gap) {
        return NEW_ROUTE + "?" + QueryParameters.simple(java.util.Map.of(INTERFACE_PARAMETER, gap.contactInterface().name(),
                FIRST_PARAMETER, gap.first().id(), SECOND_PARAMETER, gap.second().id())).getQueryString();
    }

    static String detailRoute(ExchangeAgreement agreement) {
        return LIST_ROUTE + "/" + agreement.getId();
    }

    static String editRoute(ExchangeAgreement agreement) {
        return detailRoute(agreement) + "/bearbeiten";
    }

    /** "Landkreis Musterstadt → Agentur für Arbeit Musterstadt", the arrow as the data flow. */
    static String parties(Component owner, ExchangeAgreement agreement) {
        var direction = agreement.getDirection();
        var key = direction == null ? "exchange.parties.both" : switch (direction) {
            case A_TO_B -> "exchange.parties.aToB";
            case B_TO_A -> "exchange.parties.bToA";
            case BOTH -> "exchange.parties.both";
        };
        return owner.getTranslation(key, agreement.getOrganisationAName(), agreement.getOrganisationBName());
    }

    static String channel(Component owner, ExchangeAgreement agreement) {
        if (agreement.getChannel() == null) {
            return "";
        }
        var name = owner.getTranslation(agreement.getChannel().translationKey());
        return agreement.getChannel() == ExchangeChannel.OTHER && agreement.getChannelOther() != null
                ? owner.getTranslation("exchange.channel.otherNamed", agreement.getChannelOther()) : name;
    }

    /** The review date, marked when it has passed: the register's reader must see that at once. */
    static Component review(Component owner, ExchangeAgreement agreement, LocalDate today) {
        var date = new Span(Formats.date(agreement.getNextReview()));
        if (!agreement.reviewOverdue(today)) {
            return date;
        }
        var overdue = new Span(owner.getTranslation("exchange.review.overdue"));
        overdue.addClassName("portal-gap");
        return new Span(date, new Span(" · "), overdue);
    }
}
