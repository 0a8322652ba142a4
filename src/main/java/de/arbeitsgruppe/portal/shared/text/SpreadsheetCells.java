package de.arbeitsgruppe.portal.shared.text;

/**
 * Cells of a CSV file that people open in a spreadsheet. A cell that starts with = + - @ (or a tab
 * or carriage return) is read as a formula, so a text anyone typed could run one on the reader's
 * machine; such a cell is written as text with a leading apostrophe, as OWASP advises.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    public static Object[] of(String... values) {
        var cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            var value = values[i];
            cells[i] = value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                    ? "'" + value : value;
        }
        return cells;
    }
}
