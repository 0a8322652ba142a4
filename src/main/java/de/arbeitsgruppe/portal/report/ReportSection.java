package de.arbeitsgruppe.portal.report;

import java.util.List;

/** A section of the report (meetings, decisions, tasks …): a heading, a sentence of explanation and its tables. */
public record ReportSection(String key, String title, String note, List<ReportTable> tables) {

    public ReportSection {
        tables = List.copyOf(tables);
    }
}
