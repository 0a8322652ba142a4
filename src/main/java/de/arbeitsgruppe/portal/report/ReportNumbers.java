package de.arbeitsgruppe.portal.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as people write them: whole numbers without a decimal part, a median as "3,5". */
public final class ReportNumbers {

    private ReportNumbers() {
    }

    public static String format(double value) {
        var format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        return format.format(value);
    }
}
