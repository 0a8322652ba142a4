package de.arbeitsgruppe.portal.report;

import java.time.Instant;
import java.util.List;

/**
 * A report's content: period, scope (the whole group when {@code organisationId} is null), when it
 * was built and its sections in order.
 */
public record ReportFigures(ReportPeriod period, String organisationId, String scopeName, Instant builtAt,
        List<ReportSection> sections) {

    public ReportFigures {
        sections = List.copyOf(sections);
    }

    public boolean isWholeGroup() {
        return organisationId == null;
    }

    public java.util.Optional<ReportSection> section(String key) {
        return sections.stream().filter(section -> section.key().equals(key)).findFirst();
    }
}
