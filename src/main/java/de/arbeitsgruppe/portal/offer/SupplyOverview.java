package de.arbeitsgruppe.portal.offer;

import java.time.LocalDate;
import java.util.List;

/**
 * What the published catalogue offers per district on a day: per kind of offer, and per
 * {@link SupplyNeed}. The last column holds the offers without a district of the list (online
 * offers, or a district the office removed since); it is no place, so it has no gaps.
 *
 * @param columns the office's districts in its order, then the column without a district
 * @param kinds one row per kind of offer, each with one cell per column
 * @param needs one row per need, each with one cell per column
 */
public record SupplyOverview(LocalDate day, List<Column> columns, List<Row<OfferKind>> kinds,
        List<Row<SupplyNeed>> needs) {

    /** A district, or the column of offers without one ({@code districtId} null). */
    public record Column(String districtId, String name) {

        public boolean isDistrict() {
            return districtId != null;
        }
    }

    /**
     * Offers of one row in one column.
     *
     * @param running begun and not ended (or with continuous entry)
     * @param upcoming beginning after the day
     * @param freePlaces the free places of both together, as their providers last gave them
     * @param places the places of both together, as the offers' capacity says (the leadership report)
     */
    public record Cell(int running, int upcoming, int freePlaces, int places) {

        static final Cell EMPTY = new Cell(0, 0, 0, 0);

        public Cell(int running, int upcoming, int freePlaces) {
            this(running, upcoming, freePlaces, 0);
        }

        public int offers() {
            return running + upcoming;
        }

        Cell plus(Cell other) {
            return new Cell(running + other.running, upcoming + other.upcoming, freePlaces + other.freePlaces,
                    places + other.places);
        }
    }

    public record Row<T>(T subject, List<Cell> cells) {
    }

    /** Whether a cell of a district column has no offer at all: a gap the overview marks. */
    public boolean isGap(int column, Cell cell) {
        return columns.get(column).isDistrict() && cell.offers() == 0;
    }

    /** How many combinations of district and kind have no offer. */
    public long kindGaps() {
        return gaps(kinds);
    }

    public long needGaps() {
        return gaps(needs);
    }

    private long gaps(List<? extends Row<?>> rows) {
        var count = 0L;
        for (var row : rows) {
            for (int column = 0; column < columns.size(); column++) {
                count += isGap(column, row.cells().get(column)) ? 1 : 0;
            }
        }
        return count;
    }
}
