package de.arbeitsgruppe.portal.offer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.offer.Offer;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.PermitAll;

/**
 * "Angebote": the offers of the user's own organisation in every state, with the office's reason
 * right in the row of a returned one and the free places changed in one step. The office also finds
 * its review queue, the district list and the supply overview here.
 */
@Route(OfferTexts.LIST_ROUTE)
@Menu(order = 58, icon = "vaadin:academy-cap", title = "offer.list.title")
@PermitAll
public class OfferListView extends PortalView {

    final HorizontalLayout office = new HorizontalLayout();
    final Anchor review = new Anchor(OfferTexts.REVIEW_ROUTE, "");
    final Anchor districts = new Anchor(OfferTexts.DISTRICTS_ROUTE, "");
    final Anchor supply = new Anchor(OfferTexts.SUPPLY_ROUTE, "");
    final Anchor catalogue = new Anchor(OfferTexts.CATALOGUE_ADDRESS, "");
    final Button create = new Button();
    final ResponsiveTable<Offer> list = new ResponsiveTable<>(getTranslation("offer.list.ours"));
    final Div empty = new Div();
    FreePlacesDialog freePlacesDialog;

    private final OfferManagement offers;

    OfferListView(OfferManagement offers) {
        this.offers = offers;
        create.setText(getTranslation("offer.list.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("angebote/neu")));
        catalogue.setText(getTranslation("offer.list.catalogue"));
        // the public catalogue is a page of its own outside the portal's frame
        catalogue.setRouterIgnore(true);
        districts.setText(getTranslation("offer.districts.title"));
        supply.setText(getTranslation("offer.list.supply"));
        office.setWrap(true);
        office.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        office.add(review, districts, supply);
        var links = new HorizontalLayout(create, catalogue);
        links.setWrap(true);
        links.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        empty.add(new Paragraph(getTranslation("offer.list.empty")));
        empty.addClassName("portal-empty");
        configureList();
        add(office, links, new H2(getTranslation("offer.list.ours")), list, empty);
        refresh();
    }

    private void configureList() {
        list.addComponentColumn(getTranslation("offer.field.title"),
                offer -> new Anchor(OfferTexts.detailRoute(offer), offer.getDetails().getTitle()));
        list.addColumn(getTranslation("offer.field.kind"), offer -> offer.getDetails().getKind() == null ? ""
                : getTranslation(offer.getDetails().getKind().translationKey()));
        list.addComponentColumn(getTranslation("offer.field.status"), offer -> OfferTexts.statusCell(this, offer));
        list.addColumn(getTranslation("offer.field.freePlaces"), offer -> OfferTexts.places(this, offer));
        list.addColumn(getTranslation("offer.field.updatedAt"), offer -> Formats.dateTime(offer.getUpdatedAt()));
        list.addComponentColumn(getTranslation("offer.list.actions"), this::actions);
    }

    private Component actions(Offer offer) {
        if (!offers.mayEdit(offer)) {
            return null;
        }
        var change = new Button(getTranslation("offer.freePlaces.change"));
        change.setAriaLabel(getTranslation("offer.freePlaces.change.for", offer.getDetails().getTitle()));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        change.addClickListener(click -> freePlacesDialog = FreePlacesDialog.open(this, offers, offer, this::refresh));
        return change;
    }

    void refresh() {
        var mine = offers.ofMyOrganisation();
        list.setItems(mine);
        list.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
        var isOffice = offers.mayChooseProvider();
        office.setVisible(isOffice);
        if (isOffice) {
            review.setText(getTranslation("offer.list.review", offers.inReview().size()));
        }
    }

    @Override
    protected String titleKey() {
        return "offer.list.title";
    }
}
