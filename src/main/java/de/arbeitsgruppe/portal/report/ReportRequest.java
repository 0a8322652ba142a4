package de.arbeitsgruppe.portal.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * What a {@link ReportContribution} gets to build its section: the period, the scope (null: the whole
 * group), today in Europe/Berlin, and the reader's language with a way to translate.
 */
public record ReportRequest(ReportPeriod period, String organisationId, LocalDate today, Locale locale,
        BiFunction<String, Object[], String> translator) {

    public boolean isWholeGroup() {
        return organisationId == null;
    }

    /** Whether a figure of this organisation belongs in the report. */
    public boolean covers(String organisation) {
        return organisationId == null || organisationId.equals(organisation);
    }

    public String text(String key, Object... parameters) {
        return translator.apply(key, parameters);
    }
}
