package de.arbeitsgruppe.portal.offer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.offer.OfferKind;
import de.arbeitsgruppe.portal.offer.OfferSupply;
import de.arbeitsgruppe.portal.offer.SupplyNeed;
import de.arbeitsgruppe.portal.offer.SupplyOverview;
import de.arbeitsgruppe.portal.offer.SupplyOverview.Cell;
import de.arbeitsgruppe.portal.offer.SupplyOverview.Row;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;

/**
 * The supply overview: per district the offers of each kind and of each need, from the published
 * catalogue, with the districts that have none marked as gaps in words (not by colour alone), the way
 * the interface matrix marks missing contacts. Reached from the offers page, not from the menu.
 */
@Route(OfferSupplyView.ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.MEMBER_NAME})
public class OfferSupplyView extends PortalView {

    public static final String ROUTE = "angebote/versorgung";

    final SupplyOverview overview;
    final Anchor csv;
    final ResponsiveTable<Row<SupplyNeed>> needs;
    final ResponsiveTable<Row<OfferKind>> kinds;

    OfferSupplyView(OfferSupply supply) {
        overview = supply.overview();
        add(new Paragraph(getTranslation("offer.supply.intro", Formats.date(overview.day()))));
        if (overview.columns().stream().noneMatch(SupplyOverview.Column::isDistrict)) {
            add(new Paragraph(getTranslation("offer.supply.noDistricts")));
        } else {
            add(new Paragraph(getTranslation("offer.supply.summary", overview.needGaps(), overview.kindGaps())));
        }
        csv = new Anchor(SupplyCsv.download(supply), AttachmentType.DOWNLOAD, getTranslation("offer.supply.csv"));
        csv.addClassName("portal-download");
        add(new HorizontalLayout(new Anchor("angebote", getTranslation("offer.supply.toOffers")), csv));
        needs = table("offer.supply.needs", overview.needs(), need -> getTranslation(need.translationKey()));
        kinds = table("offer.supply.kinds", overview.kinds(), kind -> getTranslation(kind.translationKey()));
        add(new H2(getTranslation("offer.supply.needs")), new Paragraph(getTranslation("offer.supply.needs.intro")),
                needs, new H2(getTranslation("offer.supply.kinds")), kinds);
    }

    private <T> ResponsiveTable<Row<T>> table(String labelKey, List<Row<T>> rows, Function<T, String> label) {
        var table = new ResponsiveTable<Row<T>>(getTranslation(labelKey));
        table.addColumn(getTranslation("offer.supply.row"), row -> label.apply(row.subject()));
        for (int column = 0; column < overview.columns().size(); column++) {
            var index = column;
            table.addComponentColumn(overview.columns().get(column).name(), row -> cell(index, row.cells().get(index)));
        }
        table.setItems(rows);
        table.addClassName("portal-matrix");
        return table;
    }

    private Component cell(int column, Cell cell) {
        if (overview.isGap(column, cell)) {
            var gap = new Span(getTranslation("offer.supply.gap"));
            gap.addClassName("portal-gap");
            return gap;
        }
        if (cell.offers() == 0) {
            return new Span(getTranslation("offer.supply.none"));
        }
        return new Span(getTranslation("offer.supply.cell", cell.running(), cell.upcoming(), cell.freePlaces()));
    }

    @Override
    protected String titleKey() {
        return "offer.supply.title";
    }
}
