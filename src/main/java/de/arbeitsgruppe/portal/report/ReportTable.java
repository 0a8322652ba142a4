package de.arbeitsgruppe.portal.report;

import java.util.List;

/**
 * One table of figures, with its words already in the reader's language, so a sent report keeps them
 * as they were sent. A table marked as a chart is also drawn as bars, one colour per column.
 *
 * @param columns the headers of the figure columns (the row labels' column has {@code rowHeader})
 */
public record ReportTable(String title, String rowHeader, List<String> columns, List<Row> rows, boolean chart) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row: its label and one figure per column; a figure may be a fraction (a median). */
    public record Row(String label, List<Double> values) {

        public Row {
            values = List.copyOf(values);
        }

        public static Row of(String label, Number... values) {
            return new Row(label, java.util.Arrays.stream(values).map(Number::doubleValue).toList());
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
