package de.arbeitsgruppe.portal.offer;

import de.arbeitsgruppe.portal.offer.SupplyOverview.Cell;
import de.arbeitsgruppe.portal.offer.SupplyOverview.Column;
import de.arbeitsgruppe.portal.offer.SupplyOverview.Row;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.text.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The supply overview of the office and the member authorities: from the published catalogue, per
 * district and kind of offer, how many offers run, how many begin later and how many places are
 * free, and where there is none at all. Partners have the catalogue itself; the overview is the
 * working group's tool for steering and for its report to the leadership.
 */
@Service
public class OfferSupply {

    static final String[] CSV_COLUMNS = {"district", "row", "running", "upcoming", "freePlaces", "gap"};

    private final CatalogueSnapshots snapshots;
    private final Districts districts;
    private final CurrentUser currentUser;
    private final PortalTranslations translations;
    private final Clock clock;

    OfferSupply(CatalogueSnapshots snapshots, Districts districts, CurrentUser currentUser,
            PortalTranslations translations, Clock clock) {
        this.snapshots = snapshots;
        this.districts = districts;
        this.currentUser = currentUser;
        this.translations = translations;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public SupplyOverview overview() {
        return overview(currentUser.require());
    }

    /**
     * The overview as a CSV file for a spreadsheet, in the user's language: one line per district and
     * kind, then one per district and need; semicolons and a byte-order mark, as German Excel expects.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MEMBER')")
    public void csv(Writer out) {
        var user = currentUser.require();
        var overview = overview(user);
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try {
            out.write('\uFEFF');
            var csv = new CSVPrinter(out, format);
            csv.printRecord(Arrays.stream(CSV_COLUMNS).map(column -> text(user, "offer.supply.csv." + column)).toList());
            for (var row : overview.kinds()) {
                print(csv, overview, text(user, row.subject().translationKey()), row.cells(), user);
            }
            for (var row : overview.needs()) {
                print(csv, overview, text(user, row.subject().translationKey()), row.cells(), user);
            }
            csv.printRecord(SpreadsheetCells.of(text(user, "offer.supply.csv.day", Formats.date(overview.day()))));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void print(CSVPrinter csv, SupplyOverview overview, String label, List<Cell> cells, PortalUser user)
            throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            var cell = cells.get(column);
            csv.printRecord(SpreadsheetCells.of(overview.columns().get(column).name(), label,
                    String.valueOf(cell.running()), String.valueOf(cell.upcoming()), String.valueOf(cell.freePlaces()),
                    overview.isGap(column, cell) ? text(user, "offer.supply.gap") : ""));
        }
    }

    private SupplyOverview overview(PortalUser user) {
        var today = LocalDate.now(clock.withZone(Formats.ZONE));
        var list = districts.current().getDistricts();
        var columns = new ArrayList<Column>();
        list.forEach(district -> columns.add(new Column(district.getId(), district.getName())));
        columns.add(new Column(null, text(user, "offer.supply.noDistrict")));
        var offers = snapshots.current(user.workingGroupId()).stream()
                .filter(offer -> offer.getDetails() != null && offer.getDetails().getKind() != null)
                .filter(offer -> !offer.getDetails().isOverOn(today))
                .toList();
        var kinds = Arrays.stream(OfferKind.values())
                .map(kind -> new Row<>(kind, cells(offers, columns, today, details -> details.getKind() == kind)))
                .toList();
        var needs = Arrays.stream(SupplyNeed.values())
                .map(need -> new Row<>(need, cells(offers, columns, today, need::isMetBy)))
                .toList();
        return new SupplyOverview(today, List.copyOf(columns), kinds, needs);
    }

    private static List<Cell> cells(List<CatalogueOffer> offers, List<Column> columns, LocalDate today,
            Predicate<OfferDetails> counts) {
        var cells = new ArrayList<>(Collections.nCopies(columns.size(), Cell.EMPTY));
        for (var offer : offers) {
            if (counts.test(offer.getDetails())) {
                var column = column(columns, offer.getDetails().getDistrictId());
                cells.set(column, cells.get(column).plus(cell(offer, today)));
            }
        }
        return List.copyOf(cells);
    }

    private static int column(List<Column> columns, String districtId) {
        for (int i = 0; i < columns.size() - 1; i++) {
            if (columns.get(i).districtId().equals(districtId)) {
                return i;
            }
        }
        return columns.size() - 1;
    }

    private static Cell cell(CatalogueOffer offer, LocalDate today) {
        var start = offer.getDetails().getStart();
        var upcoming = start != null && start.isAfter(today);
        var free = offer.getFreePlaces() == null ? 0 : Math.max(0, offer.getFreePlaces());
        var places = offer.getDetails().getCapacity() == null ? 0 : Math.max(0, offer.getDetails().getCapacity());
        return new Cell(upcoming ? 0 : 1, upcoming ? 1 : 0, free, places);
    }

    private String text(PortalUser user, String key, Object... parameters) {
        return translations.getTranslation(key, user.locale(), parameters);
    }
}
