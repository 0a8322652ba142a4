package de.arbeitsgruppe.portal.offer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.RolesAllowed;

/**
 * The office's review queue: what waits longest comes first, new offers and changes of listed ones
 * told apart, because a change leaves the published version in the catalogue meanwhile.
 */
@Route(OfferTexts.REVIEW_ROUTE)
@Menu(order = 59, icon = "vaadin:check-square-o", title = "offer.review.title")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class OfferReviewView extends PortalView {

    final ResponsiveTable<Offer> list = new ResponsiveTable<>(getTranslation("offer.review.title"));
    final Paragraph empty = new Paragraph();

    OfferReviewView(OfferManagement offers) {
        list.addComponentColumn(getTranslation("offer.field.title"),
                offer -> new Anchor(OfferTexts.detailRoute(offer), offer.getDetails().getTitle()));
        list.addColumn(getTranslation("offer.field.providerOrganisationId"), Offer::getProviderName);
        list.addColumn(getTranslation("offer.field.kind"), offer -> offer.getDetails().getKind() == null ? ""
                : getTranslation(offer.getDetails().getKind().translationKey()));
        list.addColumn(getTranslation("offer.facts.submittedAt"), offer -> Formats.dateTime(offer.getSubmittedAt()));
        list.addColumn(getTranslation("offer.review.kindOfReview"),
                offer -> getTranslation(offer.isListed() ? "offer.review.change" : "offer.review.new"));
        empty.setText(getTranslation("offer.review.empty"));
        empty.addClassName("portal-empty");
        var waiting = offers.inReview();
        list.setItems(waiting);
        list.setVisible(!waiting.isEmpty());
        empty.setVisible(waiting.isEmpty());
        add(new Paragraph(getTranslation("offer.review.intro")), list, empty,
                new Anchor(OfferTexts.LIST_ROUTE, getTranslation("offer.review.back")));
    }

    @Override
    protected String titleKey() {
        return "offer.review.title";
    }
}
