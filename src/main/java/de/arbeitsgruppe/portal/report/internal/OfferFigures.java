package de.arbeitsgruppe.portal.report.internal;

import de.arbeitsgruppe.portal.offer.OfferSupply;
import de.arbeitsgruppe.portal.offer.SupplyOverview.Cell;
import de.arbeitsgruppe.portal.report.ReportContribution;
import de.arbeitsgruppe.portal.report.ReportRequest;
import de.arbeitsgruppe.portal.report.ReportSection;
import de.arbeitsgruppe.portal.report.ReportTable;
import de.arbeitsgruppe.portal.report.ReportTable.Row;
import de.arbeitsgruppe.portal.shared.Formats;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Offers from the published catalogue today (the supply overview has no history): per district the
 * offers running, their places and free places and the kinds of offer missing there; per kind the
 * same and the districts without one. Providers are partners, so an organisation's report shows the
 * whole supply as well.
 */
@Component
class OfferFigures implements ReportContribution {

    static final String KEY = "offers";

    private final OfferSupply supply;

    OfferFigures(OfferSupply supply) {
        this.supply = supply;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        var overview = supply.overview();
        var columns = List.of(request.text("report.offers.running"), request.text("report.offers.upcoming"),
                request.text("report.offers.places"), request.text("report.offers.freePlaces"));
        var byDistrict = new ArrayList<Row>();
        for (int column = 0; column < overview.columns().size(); column++) {
            var sum = new long[4];
            var gaps = 0L;
            for (var row : overview.kinds()) {
                sum = add(sum, row.cells().get(column));
                gaps += overview.isGap(column, row.cells().get(column)) ? 1 : 0;
            }
            byDistrict.add(Row.of(overview.columns().get(column).name(), sum[0], sum[1], sum[2], sum[3], gaps));
        }
        var byKind = new ArrayList<Row>();
        for (var row : overview.kinds()) {
            var sum = new long[4];
            var gaps = 0L;
            for (int column = 0; column < overview.columns().size(); column++) {
                sum = add(sum, row.cells().get(column));
                gaps += overview.isGap(column, row.cells().get(column)) ? 1 : 0;
            }
            byKind.add(Row.of(request.text(row.subject().translationKey()), sum[0], sum[1], sum[2], sum[3], gaps));
        }
        var districtColumns = new ArrayList<>(columns);
        districtColumns.add(request.text("report.offers.kindsMissing"));
        var kindColumns = new ArrayList<>(columns);
        kindColumns.add(request.text("report.offers.districtsMissing"));
        return new ReportSection(KEY, request.text("report.offers.title"),
                request.text("report.offers.note", Formats.date(overview.day()), overview.kindGaps()),
                List.of(new ReportTable(request.text("report.offers.byDistrict"), request.text("report.offers.district"),
                                districtColumns, byDistrict, true),
                        new ReportTable(request.text("report.offers.byKind"), request.text("report.offers.kind"),
                                kindColumns, byKind, false)));
    }

    private static long[] add(long[] sum, Cell cell) {
        return new long[] {sum[0] + cell.running(), sum[1] + cell.upcoming(), sum[2] + cell.places(),
                sum[3] + cell.freePlaces()};
    }
}
