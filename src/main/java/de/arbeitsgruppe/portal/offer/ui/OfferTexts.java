package de.arbeitsgruppe.portal.offer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferDetails;
import de.arbeitsgruppe.portal.offer.OfferStatus;
import de.arbeitsgruppe.portal.shared.Formats;

/** How the offer pages word an offer's state, its levels and its places, the same on every page. */
final class OfferTexts {

    static final String LIST_ROUTE = "angebote";
    static final String REVIEW_ROUTE = "angebote/pruefung";
    static final String DISTRICTS_ROUTE = "angebote/ortsteile";
    /** The office's supply overview, a page of its own module part; linked by its address. */
    static final String SUPPLY_ROUTE = "angebote/versorgung";
    /** The public catalogue, outside the portal's pages: the browser loads it anew. */
    static final String CATALOGUE_ADDRESS = "katalog";

    private OfferTexts() {
    }

    static String detailRoute(Offer offer) {
        return LIST_ROUTE + "/" + offer.getId();
    }

    static String editRoute(Offer offer) {
        return detailRoute(offer) + "/bearbeiten";
    }

    /** The status as a badge; a returned offer carries the office's reason right below it, for the provider to read. */
    static Component statusCell(Component owner, Offer offer) {
        var cell = new Div(statusBadge(owner, offer.getStatus()));
        if (offer.getStatus() == OfferStatus.RETURNED && offer.getReturnReason() != null) {
            var reason = new Div(owner.getTranslation("offer.list.reason", offer.getReturnReason()));
            reason.addClassName("portal-offer-reason");
            cell.add(reason);
        }
        return cell;
    }

    /** The status in words, marked by colour and a frame as well (never by colour alone). */
    static Span statusBadge(Component owner, OfferStatus status) {
        var badge = new Span(owner.getTranslation(status.translationKey()));
        badge.addClassName("portal-offer-status");
        badge.getElement().setAttribute("data-status", status.name().toLowerCase());
        return badge;
    }

    /** "5 von 12", "5", or nothing when the provider gave no figure. */
    static String places(Component owner, Offer offer) {
        var free = offer.getFreePlaces();
        var capacity = offer.getDetails().getCapacity();
        if (free == null) {
            return capacity == null ? "" : owner.getTranslation("offer.places.unknownOf", capacity);
        }
        return capacity == null ? String.valueOf(free) : owner.getTranslation("offer.places.of", free, capacity);
    }

    /** "A1 – B1", "Alphabetisierung, bis A1", or nothing for offers without levels. */
    static String levels(Component owner, OfferDetails details) {
        var range = "";
        if (details.getLevelFrom() != null || details.getLevelTo() != null) {
            var from = details.getLevelFrom() == null ? null : owner.getTranslation(details.getLevelFrom().translationKey());
            var to = details.getLevelTo() == null ? null : owner.getTranslation(details.getLevelTo().translationKey());
            if (from == null) {
                range = owner.getTranslation("offer.levels.upTo", to);
            } else if (to == null) {
                range = owner.getTranslation("offer.levels.from", from);
            } else {
                range = from.equals(to) ? from : owner.getTranslation("offer.levels.range", from, to);
            }
        }
        if (!details.isLiteracy()) {
            return range;
        }
        var literacy = owner.getTranslation("offer.level.literacy");
        return range.isEmpty() ? literacy : literacy + ", " + range;
    }

    static String period(Component owner, OfferDetails details) {
        if (details.getStart() == null) {
            return details.isContinuousEntry() ? owner.getTranslation("offer.facts.continuousEntry") : "";
        }
        var period = details.getEnd() == null ? owner.getTranslation("offer.facts.from", Formats.date(details.getStart()))
                : owner.getTranslation("offer.facts.periodRange", Formats.date(details.getStart()), Formats.date(details.getEnd()));
        return details.isContinuousEntry() ? period + ", " + owner.getTranslation("offer.facts.continuousEntry") : period;
    }
}
